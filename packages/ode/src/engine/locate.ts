/**
 * The index k with t between ts[k] and ts[k + 1], for a grid that runs forward or backward in time. `t` must lie
 * within the grid; the last interval is returned for t equal to the final time.
 */
export function locate(ts: Float64Array, t: number): number {
  const n = ts.length - 1;
  const forward = ts[n]! >= ts[0]!;
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (forward ? ts[mid]! <= t : ts[mid]! >= t) lo = mid;
    else hi = mid;
  }
  return lo;
}
