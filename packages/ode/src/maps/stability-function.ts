import { invalidArgument } from '../errors.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { determinantPolynomial, evaluatePolynomial, trimmed } from './determinant-polynomial.ts';
import { readTableau } from './read-tableau.ts';

/** R(z) = numerator(z)/denominator(z), coefficients constant term first. */
export interface StabilityFunction {
  /** Coefficients of the numerator, constant term first (1 for a consistent method). */
  readonly numerator: Float64Array;
  /** Coefficients of the denominator, constant term first: [1] for an explicit tableau. */
  readonly denominator: Float64Array;
  /** Whether the tableau is explicit (R a polynomial). */
  readonly explicit: boolean;
  /** R(z) at a real z: the factor one step multiplies x by on x′ = λx, z = hλ. */
  at(z: number): number;
}

/**
 * The stability function R(z) = 1 + z·bᵀ(I − zA)⁻¹𝟙 of a Butcher tableau, computed from its data: one step of
 * the method on x′ = λx multiplies x by R(hλ), and a step map's multiplier at an equilibrium x* is R(h·f′(x*)).
 * For an explicit tableau (A strictly lower triangular, A^s = 0) the series is finite, and the coefficients are
 * computed exactly as written: R(z) = 1 + Σ_k z^(k+1)·bᵀA^k𝟙, the denominator [1]. Any other tableau (implicit,
 * diagonally implicit) is taken as R(z) = det(I − zA + z𝟙bᵀ)/det(I − zA), both determinants as polynomials in z
 * (Faddeev–LeVerrier); A's rows may then be full.
 *
 * @example
 * ```ts
 * stabilityFunction(RK4_TABLEAU).numerator; // Float64Array [1, 1, 0.5, 0.1666…, 0.041666…] (the Taylor terms of e^z)
 * stabilityFunction({ a: [[1]], b: [1] }).at(-1); // 0.5 (backward Euler: 1/(1 − z))
 * ```
 */
export function stabilityFunction(tableau: ButcherTableau): StabilityFunction {
  const t = readTableau('tableau', tableau, false);
  const s = t.b.length;
  const A = new Float64Array(s * s);
  t.a.forEach((row, i) => {
    A.set(row, i * s);
  });
  let explicit = true;
  for (let i = 0; i < s; i++) for (let j = i; j < s; j++) if (A[i * s + j] !== 0) explicit = false;
  let numerator: Float64Array;
  let denominator: Float64Array;
  if (explicit) {
    numerator = new Float64Array(s + 1);
    numerator[0] = 1;
    let v = new Float64Array(s).fill(1); // A^k 𝟙
    for (let k = 0; k < s; k++) {
      numerator[k + 1] = accurateDot(t.b, v);
      const w = new Float64Array(s);
      for (let i = 0; i < s; i++) {
        let sum = 0;
        for (let j = 0; j < i; j++) sum += A[i * s + j]! * v[j]!;
        w[i] = sum;
      }
      v = w;
    }
    numerator = trimmed(numerator);
    denominator = Float64Array.of(1);
  } else {
    const minusA = A.map((v) => -v);
    const N = new Float64Array(s * s);
    for (let i = 0; i < s; i++) for (let j = 0; j < s; j++) N[i * s + j] = t.b[j]! - A[i * s + j]!;
    numerator = determinantPolynomial(N, s);
    denominator = determinantPolynomial(minusA, s);
  }
  return {
    numerator,
    denominator,
    explicit,
    at: (z) => {
      if (typeof z !== 'number') throw invalidArgument('z', 'must be a number', z);
      return evaluatePolynomial(numerator, z) / evaluatePolynomial(denominator, z);
    },
  };
}

/** Σ b_i·v_i with Neumaier's compensated summation, so that bᵀ𝟙 of RK4 (1/6 + 1/3 + 1/3 + 1/6) is 1, not 1 − ε. */
function accurateDot(b: readonly number[], v: Float64Array): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < b.length; i++) {
    const term = b[i]! * v[i]!;
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  }
  return sum + compensation;
}
