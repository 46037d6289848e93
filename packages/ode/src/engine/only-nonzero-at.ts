/**
 * Throws when a coefficient outside `used` is not zero. A kernel that writes out a stage sequence skips the zero
 * coefficients of its tableau; this check makes sure it never silently drops one that the data says is there.
 */
export function onlyNonzeroAt(values: readonly number[], used: readonly number[], name: string): void {
  values.forEach((value, j) => {
    if (value !== 0 && !used.includes(j)) {
      throw new Error(`kernel skips ${name}[${j}] = ${value}, which is not zero`);
    }
  });
}
