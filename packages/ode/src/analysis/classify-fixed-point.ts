import { readArguments } from './argument-error.ts';
import { closedFormEigenvalues, closedFormEigenvectors } from './closed-form-eigenvalues.ts';
import { complexProduct, countParts, descendingVectors, isScalarMatrix, scaleBack } from './eigen-parts.ts';
import { eigenvalues } from './eigenvalues.ts';
import { powerOfTwoScale } from './power-of-two-scale.ts';
import { booleanOption, positiveNumber, readOptions } from './read-options.ts';
import { readSquareMatrix } from './read-square-matrix.ts';
import { symmetricEigen } from './symmetric-eigen.ts';
import { symmetrize } from './symmetrize.ts';

/**
 * The kind of a fixed point of x′ = F(x), read from the eigenvalues λ of the Jacobian J there ("≈ 0" means within
 * the tolerance τ):
 * - `stable-node` / `unstable-node`: all λ real, all Re λ < 0 / all > 0.
 * - `stable-focus` / `unstable-focus`: the same, with a complex pair (solutions spiral in / out).
 * - `saddle`: real λ of both signs. `saddle-focus` (n ≥ 3): both signs of Re λ and a complex pair.
 * - `center`: every λ is imaginary (Re λ ≈ 0, λ ≠ 0). Closed orbits for the linear system; for a nonlinear one
 *   the linearisation cannot decide (Lotka–Volterra's interior point is a true center, a weakly damped one is not).
 * - `stable-star` / `unstable-star` (n ≥ 2): J ≈ λI: every direction is an eigenvector, trajectories are rays.
 * - `stable-degenerate-node` / `unstable-degenerate-node` (2-D): a repeated real λ with one eigenvector
 *   (J ≈ [[λ, 1], [0, λ]]).
 * - `non-isolated`: some λ ≈ 0 (det J ≈ 0). The linear system has a line (or plane) of equilibria; for a nonlinear
 *   one the linearisation cannot decide.
 * - `non-hyperbolic` (n ≥ 3): an imaginary pair next to eigenvalues off the imaginary axis (a center manifold).
 * For a gradient system x′ = −∇F, J = −∇²F is symmetric, its eigenvalues are real, and no focus, saddle-focus or
 * center is ever reported.
 */
export type FixedPointKind =
  | 'stable-node'
  | 'unstable-node'
  | 'saddle'
  | 'stable-focus'
  | 'unstable-focus'
  | 'saddle-focus'
  | 'center'
  | 'stable-star'
  | 'unstable-star'
  | 'stable-degenerate-node'
  | 'unstable-degenerate-node'
  | 'non-isolated'
  | 'non-hyperbolic';

/** Options of {@link classifyFixedPoint}. */
export interface ClassifyFixedPointOptions {
  /** Relative tolerance: τ = tolerance · max |J_ij| (a positive number). Default 1e-8, above the ~1e-10 error of
   * `jacobian`. */
  tolerance?: number;
  /**
   * J is symmetric in exact arithmetic (a gradient system's −∇²F) and is symmetrised, (J + Jᵀ)/2, before the
   * classification. Use it for finite-difference Jacobians of gradient systems: their rounding asymmetry could
   * otherwise turn a J near zero into a "center". Without it J is treated as symmetric when |J_ij − J_ji| ≤ τ.
   */
  symmetric?: boolean;
}

/** A fixed point's kind and the numbers behind it. Plain data. */
export interface FixedPointClassification {
  kind: FixedPointKind;
  dim: number;
  /** Sorted by decreasing real part, then decreasing imaginary part. */
  eigenvalues: { re: Float64Array; im: Float64Array };
  /**
   * Unit eigenvectors as the columns of a row-major n×n array (column k belongs to eigenvalue k), for drawing the
   * directions of nodes and the separatrices of saddles. Given when every eigenvalue is real and there is a full
   * set: 2-D with distinct eigenvalues or a star, and symmetric J in any dimension; null otherwise.
   */
  eigenvectors: Float64Array | null;
  trace: number;
  determinant: number;
  /** 2-D only: (a − d)² + 4bc = trace² − 4·det (written so it is ≥ 0 exactly for symmetric J); null otherwise. */
  discriminant: number | null;
  /** No eigenvalue has Re λ ≈ 0: the linearisation decides the local behaviour (Hartman–Grobman). */
  hyperbolic: boolean;
  /** How many eigenvalues have Re λ < −τ, > τ, and ≈ 0. */
  stableCount: number;
  unstableCount: number;
  centerCount: number;
  /** `closed-form` (2-D), `symmetric-jacobi` (J symmetric to within τ), or `hessenberg-qr`. */
  method: 'closed-form' | 'symmetric-jacobi' | 'hessenberg-qr';
  /** The absolute tolerance τ used. */
  tolerance: number;
}

const OPTIONS = ['tolerance', 'symmetric'] as const;

/**
 * Classifies the fixed point of x′ = F(x) whose Jacobian is J (flat row-major n², as `jacobian` returns, or n
 * rows). In 2-D the eigenvalues come in closed form from trace and determinant; beyond, from `symmetricEigen` when
 * J is symmetric (to within τ) and from `eigenvalues` (Hessenberg + shifted QR) otherwise.
 *
 * @example
 * ```ts
 * classifyFixedPoint([[0, 1], [-1, -0.5]]).kind; // 'stable-focus' (damped pendulum, bottom)
 * classifyFixedPoint([[0, 1], [1, -0.5]]).kind;  // 'saddle' (top)
 * classifyFixedPoint([[0, -1], [1, 0]]).kind;    // 'center'
 * ```
 */
export function classifyFixedPoint(
  J: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  options?: ClassifyFixedPointOptions,
): FixedPointClassification {
  const { n, data, relative, symmetrizeFirst } = readArguments('options', () => {
    const matrix = readSquareMatrix('J', J);
    const opts = readOptions('options', options, OPTIONS);
    return {
      ...matrix,
      relative: opts.tolerance === undefined ? 1e-8 : positiveNumber('options.tolerance', opts.tolerance),
      symmetrizeFirst:
        opts.symmetric === undefined ? false : booleanOption('options.symmetric', opts.symmetric),
    };
  });
  if (symmetrizeFirst) symmetrize(data, n);
  // The kind does not depend on the scale of J: classify J / 2^k (max |entry| near 1; exact), so that trace² and
  // determinants neither overflow nor underflow ([[1e200, 0], [0, 1e200]] is an unstable star, not non-isolated).
  const scaling = powerOfTwoScale(data);
  const back = scaling.back;
  const backPower = (v: number, power: number) => {
    for (let p = 0; p < power; p++) v = back(v);
    return v;
  };
  let scale = 0;
  for (const v of data) scale = Math.max(scale, Math.abs(v));
  const tau = relative * scale;
  let trace = 0;
  for (let i = 0; i < n; i++) trace += data[i * n + i]!;
  let symmetric = true;
  for (let i = 0; i < n && symmetric; i++) {
    for (let j = 0; j < i; j++) if (Math.abs(data[i * n + j]! - data[j * n + i]!) > tau) symmetric = false;
  }
  const star = n > 1 && isScalarMatrix(data, n, tau);

  if (n === 2) {
    const [a, b, c, d] = data as unknown as [number, number, number, number];
    const determinant = a * d - b * c;
    const discriminant = (a - d) ** 2 + 4 * b * c;
    const eig = closedFormEigenvalues(trace, determinant, discriminant);
    const eigenvectors =
      discriminant > tau * tau
        ? closedFormEigenvectors(a, b, c, d, eig.re[0]!, eig.re[1]!)
        : star
          ? Float64Array.of(1, 0, 0, 1)
          : symmetric
            ? descendingVectors(symmetricEigen(data).vectors, 2)
            : null;
    const base = {
      dim: 2,
      eigenvalues: { re: scaleBack('J', eig.re, back), im: scaleBack('J', eig.im, back) },
      eigenvectors,
      trace: back(trace),
      determinant: backPower(determinant, 2),
      discriminant: backPower(discriminant, 2),
      method: 'closed-form' as const,
    };
    const counts = countParts(eig, tau);
    const sign = trace < 0 ? 'stable' : 'unstable';
    let kind: FixedPointKind;
    if (Math.abs(determinant) <= tau * scale) kind = 'non-isolated';
    else if (determinant < 0) kind = 'saddle';
    else if (Math.abs(trace) <= tau) kind = 'center';
    else if (Math.abs(discriminant) <= tau * tau) kind = star ? `${sign}-star` : `${sign}-degenerate-node`;
    else kind = discriminant < 0 ? `${sign}-focus` : `${sign}-node`;
    return { kind, ...base, ...counts, tolerance: back(tau) };
  }

  let eig: { re: Float64Array; im: Float64Array };
  let method: FixedPointClassification['method'];
  let eigenvectors: Float64Array | null = null;
  if (symmetric) {
    const sym = symmetricEigen(data);
    eig = { re: sym.values.reverse(), im: new Float64Array(n) };
    eigenvectors = descendingVectors(sym.vectors, n);
    method = 'symmetric-jacobi';
  } else {
    const e = eigenvalues(data);
    eig = { re: e.re, im: e.im };
    method = 'hessenberg-qr';
  }
  const counts = countParts(eig, tau);
  let zero = false;
  let complex = false;
  for (let k = 0; k < n; k++) {
    if (Math.abs(eig.re[k]!) <= tau && Math.abs(eig.im[k]!) <= tau) zero = true;
    if (Math.abs(eig.im[k]!) > tau) complex = true;
  }
  let kind: FixedPointKind;
  if (zero) kind = 'non-isolated';
  else if (counts.centerCount > 0) kind = counts.centerCount === n ? 'center' : 'non-hyperbolic';
  else if (counts.stableCount > 0 && counts.unstableCount > 0) kind = complex ? 'saddle-focus' : 'saddle';
  else {
    const sign = counts.unstableCount === 0 ? 'stable' : 'unstable';
    kind = star ? `${sign}-star` : complex ? `${sign}-focus` : `${sign}-node`;
  }
  const determinant = backPower(complexProduct(eig.re, eig.im), n);
  return {
    kind,
    dim: n,
    eigenvalues: { re: scaleBack('J', eig.re, back), im: scaleBack('J', eig.im, back) },
    eigenvectors,
    trace: back(trace),
    determinant,
    discriminant: null,
    method,
    ...counts,
    tolerance: back(tau),
  };
}
