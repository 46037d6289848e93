import type { IteratesView } from './explorer-view.ts';

/**
 * The iterates as CSV: one row per k with x_k, F(x_k), F′(x_k) and the step size η_k used from x_k (empty on the
 * last row). Numbers are written with `String`, the shortest text that reads back as the same double.
 *
 * @example
 * ```ts
 * iteratesCsv({ x: Float64Array.of(1, 0.5), F: Float64Array.of(1, 0.25), dF: Float64Array.of(2, 1),
 *   stepSizes: Float64Array.of(0.25), status: 'max-iterations', message: '' });
 * // 'k,x,F,dF,eta\n0,1,1,2,0.25\n1,0.5,0.25,1,\n'
 * ```
 */
export function iteratesCsv(iterates: IteratesView): string {
  const lines = ['k,x,F,dF,eta'];
  for (let k = 0; k < iterates.x.length; k++) {
    const eta = k < iterates.stepSizes.length ? String(iterates.stepSizes[k]) : '';
    lines.push(`${k},${iterates.x[k]},${iterates.F[k]},${iterates.dF[k]},${eta}`);
  }
  return `${lines.join('\n')}\n`;
}
