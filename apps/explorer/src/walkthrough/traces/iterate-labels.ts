/**
 * The labels k = 0, 1, 2, … for iterates drawn at positions xs, left blank where an iterate sits within `minGap`
 * of the last labelled one (converging iterates pile up, and their numbers would overprint).
 *
 * @example
 * ```ts
 * iterateLabels(Float64Array.of(0, 0.5, 0.51, 1), 0.1); // ['0', '1', '', '3']
 * ```
 */
export function iterateLabels(xs: ArrayLike<number>, minGap: number): string[] {
  const labels: string[] = [];
  let last = Number.NaN;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    const crowded = Math.abs(x - last) < minGap;
    labels.push(crowded ? '' : String(k));
    if (!crowded) last = x;
  }
  return labels;
}
