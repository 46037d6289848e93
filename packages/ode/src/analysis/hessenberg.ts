/**
 * Balances a row-major n×n matrix in place (Parlett & Reinsch 1969): similarity scaling by powers of 2 so rows and
 * columns have comparable norms, which makes the eigenvalues less sensitive to rounding in what follows.
 *
 * @example
 * ```ts
 * const a = Float64Array.of(1, 1e6, 1e-6, 1);
 * balance(a, 2); // a is now [1, 0.95367431640625, 1.048576, 1] (scaled by powers of 2; same eigenvalues)
 * ```
 */
export function balance(a: Float64Array, n: number): void {
  let done = false;
  while (!done) {
    done = true;
    for (let i = 0; i < n; i++) {
      let r = 0;
      let c = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += Math.abs(a[j * n + i]!);
        r += Math.abs(a[i * n + j]!);
      }
      if (c === 0 || r === 0) continue;
      const s = c + r;
      let f = 1;
      let g = r / 2;
      while (c < g) {
        f *= 2;
        c *= 4;
      }
      g = r * 2;
      while (c > g) {
        f /= 2;
        c /= 4;
      }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        for (let j = 0; j < n; j++) a[i * n + j] = a[i * n + j]! / f;
        for (let j = 0; j < n; j++) a[j * n + i] = a[j * n + i]! * f;
      }
    }
  }
}

/**
 * Reduces a row-major n×n matrix in place to upper Hessenberg form (zero below the first subdiagonal) by Gaussian
 * elimination with pivoting, a similarity transform (Martin & Wilkinson 1968, elmhes). The entries below the
 * subdiagonal are set to zero.
 *
 * @example
 * ```ts
 * const a = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 10);
 * hessenberg(a, 3); // a[6] is now 0: upper Hessenberg, same eigenvalues
 * ```
 */
export function hessenberg(a: Float64Array, n: number): void {
  for (let m = 1; m < n - 1; m++) {
    let x = 0;
    let pivot = m;
    for (let j = m; j < n; j++) {
      if (Math.abs(a[j * n + m - 1]!) > Math.abs(x)) {
        x = a[j * n + m - 1]!;
        pivot = j;
      }
    }
    if (pivot !== m) {
      for (let j = m - 1; j < n; j++) swap(a, pivot * n + j, m * n + j);
      for (let j = 0; j < n; j++) swap(a, j * n + pivot, j * n + m);
    }
    if (x === 0) continue;
    for (let i = m + 1; i < n; i++) {
      let y = a[i * n + m - 1]!;
      if (y === 0) continue;
      y /= x;
      a[i * n + m - 1] = 0;
      for (let j = m; j < n; j++) a[i * n + j] = a[i * n + j]! - y * a[m * n + j]!;
      for (let j = 0; j < n; j++) a[j * n + m] = a[j * n + m]! + y * a[j * n + i]!;
    }
  }
  for (let i = 2; i < n; i++) for (let j = 0; j < i - 1; j++) a[i * n + j] = 0;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
