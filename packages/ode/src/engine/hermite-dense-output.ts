import { hermite } from './hermite.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import type { DenseOutput } from './solution.ts';

/**
 * Dense output for fixed-step runs: cubic Hermite between stored points. The slopes at the two ends of a step are
 * evaluated from f when `at` asks for them, so the stepping loop stores nothing beyond the states themselves.
 */
export function hermiteDenseOutput(
  problem: NormalizedProblem,
  ts: Float64Array,
  xs: Float64Array,
): DenseOutput {
  const { dim } = problem;
  const xa = new Float64Array(dim);
  const xb = new Float64Array(dim);
  const fa = new Float64Array(dim);
  const fb = new Float64Array(dim);
  let cached = -1;

  const slopes = (k: number) => {
    if (k === cached) return;
    for (let i = 0; i < dim; i++) {
      xa[i] = xs[k * dim + i]!;
      xb[i] = xs[(k + 1) * dim + i]!;
    }
    if (problem.scalar) {
      fa[0] = problem.f(xa[0]!, ts[k]!);
      fb[0] = problem.f(xb[0]!, ts[k + 1]!);
    } else {
      problem.f(xa.slice(), ts[k]!, fa);
      problem.f(xb.slice(), ts[k + 1]!, fb);
    }
    cached = k;
  };

  return (t, k, out, offset) => {
    slopes(k);
    for (let i = 0; i < dim; i++) {
      out[offset + i] = hermite(t, ts[k]!, ts[k + 1]!, xa[i]!, xb[i]!, fa[i]!, fb[i]!);
    }
  };
}
