/**
 * Locates the edge of the set where `holds` is true, between `inside` (where it holds) and `outside` (where it
 * does not), by bisection down to `xtol` or to adjacent doubles. Returns the last point known to be inside.
 *
 * @example
 * ```ts
 * bisectEdge((x) => x * x < 2, 1, 2, 1e-12); // 1.4142135623724243 (√2 from below, to 1e-12)
 * ```
 */
export function bisectEdge(
  holds: (x: number) => boolean,
  inside: number,
  outside: number,
  xtol: number,
): number {
  for (let iteration = 0; iteration < 1100; iteration++) {
    if (Math.abs(outside - inside) <= xtol) break;
    const mid = inside + (outside - inside) / 2;
    if (mid === inside || mid === outside) break;
    if (holds(mid)) inside = mid;
    else outside = mid;
  }
  return inside;
}
