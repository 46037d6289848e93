/**
 * Joins segments that share end ids into polylines, each a Float64Array of interleaved (x, y). An id belongs to
 * at most two segments (a grid edge borders two cells), so every id has degree 1 or 2: chains are walked from
 * their degree-1 ends first, then the closed loops that remain. Two branches never share an id, so they are
 * never joined.
 *
 * @example
 * ```ts
 * // ids 0–1–2 form a chain; point of id e at [2e], [2e + 1]
 * joinSegments([0, 1, 1, 2], Float64Array.of(0, 0, 1, 0, 2, 1)); // [Float64Array [0, 0, 1, 0, 2, 1]]
 * ```
 */
export function joinSegments(edges: readonly number[], points: Float64Array): Float64Array[] {
  const neighbours = new Map<number, number[]>();
  for (let s = 0; s < edges.length; s += 2) {
    const p = edges[s]!;
    const q = edges[s + 1]!;
    if (p === q) continue;
    const np = neighbours.get(p);
    if (np === undefined) neighbours.set(p, [q]);
    else np.push(q);
    const nq = neighbours.get(q);
    if (nq === undefined) neighbours.set(q, [p]);
    else nq.push(p);
  }
  const visited = new Set<number>();
  const curves: Float64Array[] = [];
  const walk = (start: number) => {
    const ids = [start];
    visited.add(start);
    let current = start;
    for (;;) {
      const next = neighbours.get(current)!.find((id) => !visited.has(id));
      if (next === undefined) break;
      visited.add(next);
      ids.push(next);
      current = next;
    }
    // A loop closes on its start: repeat the first point so the drawn curve closes.
    if (ids.length > 2 && neighbours.get(current)!.includes(start)) ids.push(start);
    const curve = new Float64Array(2 * ids.length);
    for (let k = 0; k < ids.length; k++) {
      curve[2 * k] = points[2 * ids[k]!]!;
      curve[2 * k + 1] = points[2 * ids[k]! + 1]!;
    }
    curves.push(curve);
  };
  for (const [id, list] of neighbours) if (list.length === 1 && !visited.has(id)) walk(id);
  for (const id of neighbours.keys()) if (!visited.has(id)) walk(id);
  return curves;
}
