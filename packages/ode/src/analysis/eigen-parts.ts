import { PhaseflowError } from '../errors.ts';

// Small pieces of classifyFixedPoint: counting eigenvalues by the sign of their real part, and the like.

/**
 * Eigenvalues of a scaled matrix back at the original scale, in place; one beyond the largest double throws
 * `ERR_INVALID_ARG` (it has no value to return: [[1e308, 1e308], [1e308, 1e308]] has λ = 2e308).
 *
 * @example
 * ```ts
 * scaleBack('J', Float64Array.of(0.5), (v) => v * 4); // Float64Array [2]
 * ```
 */
export function scaleBack(name: string, values: Float64Array, back: (v: number) => number): Float64Array {
  for (let i = 0; i < values.length; i++) {
    const v = back(values[i]!);
    if (!Number.isFinite(v)) {
      throw new PhaseflowError(
        'ERR_INVALID_ARG',
        `invalid argument. \`${name}\` has an eigenvalue beyond the largest double: divide it by a power of two and scale its eigenvalues back. Value: an eigenvalue of ${values[i]} times the matrix's scale.`,
      );
    }
    values[i] = v;
  }
  return values;
}

/**
 * symmetricEigen's eigenvector columns (ascending eigenvalues) reordered to match eigenvalues sorted descending.
 *
 * @example
 * ```ts
 * descendingVectors(Float64Array.of(1, 2, 3, 4), 2); // Float64Array [2, 1, 4, 3]
 * ```
 */
export function descendingVectors(vectors: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) out[i * n + k] = vectors[i * n + n - 1 - k]!;
  return out;
}

/**
 * How many eigenvalues have Re λ < −τ (stable), > τ (unstable) and within τ of 0 (center); hyperbolic when none
 * is in the last group.
 *
 * @example
 * ```ts
 * countParts({ re: Float64Array.of(1, 0, -2) }, 1e-8);
 * // { stableCount: 1, unstableCount: 1, centerCount: 1, hyperbolic: false }
 * ```
 */
export function countParts(eig: { re: Float64Array }, tau: number) {
  let stableCount = 0;
  let unstableCount = 0;
  for (const r of eig.re) {
    if (r < -tau) stableCount++;
    else if (r > tau) unstableCount++;
  }
  const centerCount = eig.re.length - stableCount - unstableCount;
  return { stableCount, unstableCount, centerCount, hyperbolic: centerCount === 0 };
}

/**
 * Whether the row-major n×n matrix is λI to within τ entrywise (λ = its first entry): every direction is then an
 * eigenvector.
 *
 * @example
 * ```ts
 * isScalarMatrix(Float64Array.of(2, 0, 0, 2), 2, 1e-12); // true
 * ```
 */
export function isScalarMatrix(data: Float64Array, n: number, tau: number): boolean {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const expected = i === j ? data[0]! : 0;
      if (Math.abs(data[i * n + j]! - expected) > tau) return false;
    }
  }
  return true;
}

/**
 * The real part of Π (re_k + i·im_k): the determinant, since complex eigenvalues come in conjugate pairs.
 *
 * @example
 * ```ts
 * complexProduct(Float64Array.of(1, 1), Float64Array.of(2, -2)); // 5 = |1 + 2i|²
 * ```
 */
export function complexProduct(re: Float64Array, im: Float64Array): number {
  let pr = 1;
  let pi = 0;
  for (let k = 0; k < re.length; k++) [pr, pi] = [pr * re[k]! - pi * im[k]!, pr * im[k]! + pi * re[k]!];
  return pr;
}
