import type { CurvatureReadout } from './curvature-readout.ts';
import type { RegressionFacts } from './regression-facts.ts';

/** A number in at most `digits` significant digits, without trailing zeros; −0 as 0. */
export function fmt(v: number, digits = 5): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) < 1e-12) return '0';
  const text = Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6 ? v.toPrecision(digits) : v.toExponential(digits - 1);
  return text.includes('e') ? text.replace(/\.?0+e/, 'e') : text.replace(/\.?0+$/, '');
}

const pair = (a: number, b: number, digits = 5) => `(${fmt(a, digits)}, ${fmt(b, digits)})`;

/**
 * The readout of one point as sentences: its kind and place, the Hessian's eigenvalues with their directions, κ
 * (or why it is undefined), the bound η < 2/λmax, the predicted rate max|1 − ηλᵢ| beside the measured one, and
 * which direction grows when some |1 − ηλᵢ| > 1.
 *
 * @example
 * ```ts
 * readoutLines(readoutAtMinimum, 0.9100000000002, 0.08);
 * // ['minimum at (0, 0), F = 0', 'λ = 1 along (1, 0); λ = 20 along (0, 1)', 'κ = 20', 'η < 2/λmax = 0.1', …]
 * ```
 */
export function readoutLines(
  r: CurvatureReadout,
  measured: number | null,
  eta: number,
  critical = true,
): string[] {
  const [l0, l1] = r.eigenvalues;
  const shape = { minimum: 'convex', maximum: 'concave', saddle: 'indefinite', flat: 'flat' }[r.kind];
  const lines = [
    critical
      ? `${r.kind} at ${pair(r.x, r.y)}, F = ${fmt(r.value, 6)}`
      : `at ${pair(r.x, r.y)}, F = ${fmt(r.value, 6)}: curvature ${shape} there`,
    `λ = ${fmt(l0)} along ${pair(...r.directions[0], 3)}; λ = ${fmt(l1)} along ${pair(...r.directions[1], 3)}`,
  ];
  if (r.kappa !== null) lines.push(`κ = λmax/λmin = ${fmt(r.kappa, 4)}`);
  else if (!critical) lines.push('κ undefined here: the Hessian is not positive definite');
  else if (r.kind === 'saddle') lines.push('κ undefined: a saddle (curvatures of both signs)');
  else lines.push(`κ undefined: not a minimum (${r.kind})`);
  lines.push(r.bound === null ? 'no positive curvature: no step bound' : `η < 2/λmax = ${fmt(r.bound, 6)}`);
  const predicted = `predicted rate max|1 − ηλ| = ${fmt(r.rate, 6)}`;
  lines.push(measured === null ? predicted : `${predicted}; measured ${fmt(measured, 6)}`);
  for (const i of r.growing) {
    const l = r.eigenvalues[i]!;
    const d = pair(...r.directions[i]!, 3);
    lines.push(
      l < 0
        ? `escape along ${d}: negative curvature λ = ${fmt(l)}, each step multiplies that component by 1 − ηλ = ${fmt(r.factors[i]!)}`
        : `DIVERGES along ${d}: η = ${fmt(eta)} > 2/λ = ${fmt(2 / l, 6)}, factor 1 − ηλ = ${fmt(r.factors[i]!)}`,
    );
  }
  return lines;
}

/**
 * Where the chapter's regression run lands and why its printed result is wrong, in sentences, every number computed.
 *
 * @example
 * ```ts
 * regressionLines(facts, 0.01)[0]; // 'After 500 steps of η = 0.01 from (0, 0): (0.81995, 1.6473), MSE 0.59577.'
 * ```
 */
export function regressionLines(f: RegressionFacts, eta: number): string[] {
  return [
    `After ${f.steps} steps of η = ${fmt(eta)}: ${pair(...f.landed)}, MSE ${fmt(f.landedValue)}.`,
    `Least-squares solution (normal equations): ${pair(...f.solution)}, MSE ${fmt(f.minimum)}; the run is ${fmt(f.distance, 3)} away.`,
    `The chapter prints w1 ≈ 0.8, w2 ≈ 1.5 (MSE ${fmt(f.claimValue, 4)}, ${fmt(f.claimDistance, 3)} from the solution) and calls it the least-squares solution: it is neither the run's end nor the solution.`,
    `Why: along the slow eigen-direction (λmin = ${fmt(f.slowLambda)}) each step keeps 1 − ηλmin of the error, so ${fmt(f.slowRemaining, 3)} of it is left after ${f.steps} steps: the run has not converged.`,
  ];
}
