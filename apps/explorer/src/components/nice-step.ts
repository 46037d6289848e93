/**
 * The largest of 1, 2 or 5 times a power of ten that is at most `approx`: a slider step that prints cleanly.
 *
 * @example
 * ```ts
 * niceStep(0.0037); // 0.002
 * ```
 */
export function niceStep(approx: number): number {
  if (!(approx > 0) || !Number.isFinite(approx)) return 0.01;
  const power = 10 ** Math.floor(Math.log10(approx));
  const m = approx / power;
  const factor = m >= 5 ? 5 : m >= 2 ? 2 : 1;
  return Number((factor * power).toPrecision(1));
}
