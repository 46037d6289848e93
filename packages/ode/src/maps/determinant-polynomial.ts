/**
 * The coefficients of det(I + z·B) as a polynomial in z (constant term first, 1), for an s×s row-major B. With
 * p(λ) = det(λI − B) = Σ c_k λ^(s−k), det(I + zB) = Σ (−1)^k c_k z^k; the c_k come from the Faddeev–LeVerrier
 * recursion M_k = B·M_(k−1) + c_(k−1)·I, c_k = −tr(B·M_k)/k. When B is strictly lower triangular every trace is an
 * exact 0, so det(I − zA) of an explicit tableau is exactly [1]. Trailing zero coefficients are dropped.
 */
export function determinantPolynomial(B: Float64Array, s: number): Float64Array {
  const coefficients = new Float64Array(s + 1);
  coefficients[0] = 1;
  let M = new Float64Array(s * s);
  let next = new Float64Array(s * s);
  let c = 1;
  for (let k = 1; k <= s; k++) {
    // next = B·M + c·I, then c_k = −tr(B·next)/k.
    for (let i = 0; i < s; i++) {
      for (let j = 0; j < s; j++) {
        let sum = i === j ? c : 0;
        for (let l = 0; l < s; l++) sum += B[i * s + l]! * M[l * s + j]!;
        next[i * s + j] = sum;
      }
    }
    let trace = 0;
    for (let i = 0; i < s; i++) for (let l = 0; l < s; l++) trace += B[i * s + l]! * next[l * s + i]!;
    c = -trace / k;
    coefficients[k] = k % 2 === 0 ? c : -c;
    [M, next] = [next, M];
  }
  return trimmed(coefficients);
}

/** Drops trailing zero coefficients, keeping at least the constant term. */
export function trimmed(p: Float64Array): Float64Array {
  let n = p.length;
  while (n > 1 && p[n - 1] === 0) n--;
  return n === p.length ? p : p.slice(0, n);
}

/** p(z) by Horner's rule (constant term first). */
export function evaluatePolynomial(p: Float64Array, z: number): number {
  let v = 0;
  for (let i = p.length - 1; i >= 0; i--) v = v * z + p[i]!;
  return v;
}
