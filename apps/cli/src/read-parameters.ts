import { DECIMAL } from './read-options.ts';
import { UsageError } from './usage-error.ts';

/**
 * Reads the repeated `--par name=value` options into an object: each a name, `=`, and a decimal number. A
 * missing `=` or value, a bad number or a name given twice is a one-line UsageError that says what to write.
 *
 * @example
 * ```ts
 * readParameters(['r=2', 'K=10']); // { r: 2, K: 10 }
 * readParameters('K=');            // throws UsageError: `--par K=` has no value: write it as --par K=10
 * ```
 */
export function readParameters(raw: unknown): Record<string, number> {
  const values: Record<string, number> = Object.create(null);
  if (raw === undefined) return values;
  for (const item of Array.isArray(raw) ? raw : [raw]) {
    const text = String(item);
    const at = text.indexOf('=');
    const name = (at < 0 ? text : text.slice(0, at)).trim();
    const value = at < 0 ? '' : text.slice(at + 1).trim();
    if (!/^[A-Za-z][A-Za-z0-9]{0,15}$/.test(name)) {
      throw new UsageError(`\`--par ${shorten(text)}\` must be name=value, as in --par r=2`);
    }
    if (value === '') throw new UsageError(`\`--par ${name}\` has no value: write it as --par ${name}=2`);
    if (!DECIMAL.test(value) || !Number.isFinite(Number(value))) {
      throw new UsageError(`\`--par ${name}\` must be a finite number, not \`${shorten(value)}\``);
    }
    if (Object.hasOwn(values, name)) throw new UsageError(`\`--par ${name}\` is given twice`);
    values[name] = Number(value);
  }
  return values;
}

/**
 * Checks the `--par` values against the parameters a formula uses: each needs a value, and each value must belong
 * to a parameter (so `--par k=2` for a formula in `K` is caught, not ignored).
 */
export function checkParameters(needed: readonly string[], values: Readonly<Record<string, number>>): void {
  const missing = needed.filter((name) => !Object.hasOwn(values, name));
  if (missing.length > 0) {
    throw new UsageError(
      `the formula's parameter${missing.length > 1 ? 's' : ''} ${missing.map((m) => `\`${m}\``).join(', ')} need${missing.length > 1 ? '' : 's'} a value: add ${missing.map((m) => `--par ${m}=…`).join(' ')}`,
    );
  }
  const unused = Object.keys(values).filter((name) => !needed.includes(name));
  if (unused.length > 0) {
    throw new UsageError(
      `\`--par ${unused[0]}\`: the formula has no parameter \`${unused[0]}\`${needed.length > 0 ? ` (it has ${needed.join(', ')})` : ''}`,
    );
  }
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
