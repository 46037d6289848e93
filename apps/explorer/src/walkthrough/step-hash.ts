/**
 * The fragment that deep-links to step `index` (0-based), numbered from 1 for people.
 *
 * @example
 * ```ts
 * hashOfStep(4); // '#step-5'
 * ```
 */
export function hashOfStep(index: number): string {
  return `#step-${index + 1}`;
}

/**
 * The 0-based step a fragment points to, or `undefined` when it names no step among `count`.
 *
 * @example
 * ```ts
 * stepFromHash('#step-5', 10);  // 4
 * stepFromHash('#step-11', 10); // undefined
 * ```
 */
export function stepFromHash(hash: string, count: number): number | undefined {
  const match = /^#step-([1-9][0-9]{0,3})$/.exec(hash);
  if (match === null) return undefined;
  const index = Number(match[1]) - 1;
  return index < count ? index : undefined;
}
