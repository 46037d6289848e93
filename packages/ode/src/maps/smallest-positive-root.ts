import { eigenvalues } from '../analysis/eigenvalues.ts';
import { evaluatePolynomial, trimmed } from './determinant-polynomial.ts';

/**
 * The smallest root r > 0 of a real polynomial (coefficients constant term first), or Infinity when it has none:
 * the roots are the eigenvalues of its companion matrix, the real ones polished by Newton's method on p. A root at
 * 0 is divided out first.
 */
export function smallestPositiveRoot(coefficients: Float64Array): number {
  let p = trimmed(coefficients);
  const scale = p.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (scale === 0) return Number.POSITIVE_INFINITY;
  while (p.length > 1 && Math.abs(p[0]!) <= 1e-15 * scale) p = p.slice(1);
  const d = p.length - 1;
  if (d === 0) return Number.POSITIVE_INFINITY;
  const lead = p[d]!;
  // Companion matrix of the monic p/lead: ones on the subdiagonal, −p_k/lead in the last column.
  const companion = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => (j === d - 1 ? -p[i]! / lead : i === j + 1 ? 1 : 0)),
  );
  const { re, im } = eigenvalues(companion);
  const derivative = p.slice(1).map((v, k) => v * (k + 1));
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < d; k++) {
    if (Math.abs(im[k]!) > 1e-7 * (1 + Math.abs(re[k]!))) continue;
    let r = re[k]!;
    for (let it = 0; it < 8; it++) {
      const slope = evaluatePolynomial(derivative, r);
      if (slope === 0) break;
      const next = r - evaluatePolynomial(p, r) / slope;
      if (!Number.isFinite(next) || next === r) break;
      r = next;
    }
    if (r > 0 && r < best) best = r;
  }
  return best;
}
