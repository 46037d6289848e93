const MAX_ITERATIONS = 300;

const at = (a: Float64Array, n: number, i: number, j: number) => a[i * n + j]!;

/**
 * The double-shift QR iteration on an upper Hessenberg matrix, row-major n×n (destroyed), writing the eigenvalues
 * into re and im (hqr: Martin, Peters & Wilkinson 1970, in the 0-based form of Numerical Recipes). Returns whether
 * every eigenvalue converged within 300 iterations (an exceptional shift every 10).
 *
 * @example
 * ```ts
 * const re = new Float64Array(2), im = new Float64Array(2);
 * hqr(Float64Array.of(0, -1, 1, 0), 2, re, im); // true; re [0, 0], im [1, -1]
 * ```
 */
export function hqr(a: Float64Array, n: number, re: Float64Array, im: Float64Array): boolean {
  const EPS = Number.EPSILON;
  let anorm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) anorm += Math.abs(at(a, n, i, j));
  let nn = n - 1;
  let t = 0;
  let converged = true;
  let p = 0;
  let q = 0;
  const _r = 0;
  let s = 0;
  let w = 0;
  let x = 0;
  let y = 0;
  let z = 0;
  while (nn >= 0) {
    let its = 0;
    let l: number;
    do {
      for (l = nn; l > 0; l--) {
        s = Math.abs(at(a, n, l - 1, l - 1)) + Math.abs(at(a, n, l, l));
        if (s === 0) s = anorm;
        // Besides the classical test, an absolute one: a subdiagonal below 1e-150·‖H‖ is far below rounding, but a
        // block of such entries makes the shifts underflow and the iteration stall.
        const sub = Math.abs(at(a, n, l, l - 1));
        if (sub <= EPS * s || sub <= 1e-150 * anorm) {
          a[l * n + l - 1] = 0;
          break;
        }
      }
      x = at(a, n, nn, nn);
      if (l === nn) {
        re[nn] = x + t;
        im[nn--] = 0;
      } else {
        y = at(a, n, nn - 1, nn - 1);
        w = at(a, n, nn, nn - 1) * at(a, n, nn - 1, nn);
        if (l === nn - 1) {
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + (p >= 0 ? z : -z);
            re[nn - 1] = re[nn] = x + z;
            if (z !== 0) re[nn] = x - w / z;
            im[nn - 1] = im[nn] = 0;
          } else {
            re[nn - 1] = re[nn] = x + p;
            im[nn - 1] = z;
            im[nn] = -z;
          }
          nn -= 2;
        } else {
          if (its === MAX_ITERATIONS) {
            // Give up on this block: its diagonal stands in for the eigenvalues.
            converged = false;
            for (let i = l; i <= nn; i++) {
              re[i] = at(a, n, i, i) + t;
              im[i] = 0;
            }
            nn = l - 1;
            break;
          }
          if (its > 0 && its % 10 === 0) {
            // Exceptional shift, to break a cycle the standard shifts can fall into.
            t += x;
            for (let i = 0; i <= nn; i++) a[i * n + i] = at(a, n, i, i) - x;
            s = Math.abs(at(a, n, nn, nn - 1)) + Math.abs(at(a, n, nn - 1, nn - 2));
            y = x = 0.75 * s;
            w = -0.4375 * s * s;
          }
          ++its;
          sweep(a, n, l, nn, x, y, w);
        }
      }
    } while (l + 1 < nn);
  }
  return converged;
}

/** One Francis double-shift QR sweep on rows/columns l..nn, shifts given by x, y, w. */
function sweep(a: Float64Array, n: number, l: number, nn: number, x: number, y: number, w: number): void {
  const EPS = Number.EPSILON;
  let m: number;
  let p = 0;
  let q = 0;
  let r = 0;
  let z = 0;
  for (m = nn - 2; m >= l; m--) {
    z = at(a, n, m, m);
    r = x - z;
    const s0 = y - z;
    p = (r * s0 - w) / at(a, n, m + 1, m) + at(a, n, m, m + 1);
    q = at(a, n, m + 1, m + 1) - z - r - s0;
    r = at(a, n, m + 2, m + 1);
    const s = Math.abs(p) + Math.abs(q) + Math.abs(r);
    p /= s;
    q /= s;
    r /= s;
    if (m === l) break;
    const u = Math.abs(at(a, n, m, m - 1)) * (Math.abs(q) + Math.abs(r));
    const v =
      Math.abs(p) * (Math.abs(at(a, n, m - 1, m - 1)) + Math.abs(z) + Math.abs(at(a, n, m + 1, m + 1)));
    if (u <= EPS * v) break;
  }
  for (let i = m; i < nn - 1; i++) {
    a[(i + 2) * n + i] = 0;
    if (i !== m) a[(i + 2) * n + i - 1] = 0;
  }
  for (let k = m; k < nn; k++) {
    if (k !== m) {
      p = at(a, n, k, k - 1);
      q = at(a, n, k + 1, k - 1);
      r = k + 1 !== nn ? at(a, n, k + 2, k - 1) : 0;
      x = Math.abs(p) + Math.abs(q) + Math.abs(r);
      if (x !== 0) {
        p /= x;
        q /= x;
        r /= x;
      }
    }
    const norm = Math.sqrt(p * p + q * q + r * r);
    const s = p >= 0 ? norm : -norm;
    if (s === 0) continue;
    if (k === m) {
      if (l !== m) a[k * n + k - 1] = -at(a, n, k, k - 1);
    } else {
      a[k * n + k - 1] = -s * x;
    }
    p += s;
    x = p / s;
    y = q / s;
    z = r / s;
    q /= p;
    r /= p;
    for (let j = k; j <= nn; j++) {
      p = at(a, n, k, j) + q * at(a, n, k + 1, j);
      if (k + 1 !== nn) {
        p += r * at(a, n, k + 2, j);
        a[(k + 2) * n + j] = at(a, n, k + 2, j) - p * z;
      }
      a[(k + 1) * n + j] = at(a, n, k + 1, j) - p * y;
      a[k * n + j] = at(a, n, k, j) - p * x;
    }
    const mmin = Math.min(nn, k + 3);
    for (let i = l; i <= mmin; i++) {
      p = x * at(a, n, i, k) + y * at(a, n, i, k + 1);
      if (k + 1 !== nn) {
        p += z * at(a, n, i, k + 2);
        a[i * n + k + 2] = at(a, n, i, k + 2) - p * r;
      }
      a[i * n + k + 1] = at(a, n, i, k + 1) - p * q;
      a[i * n + k] = at(a, n, i, k) - p;
    }
  }
}
