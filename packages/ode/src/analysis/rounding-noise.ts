// The rounding noise of a black-box f, as the analysis estimates it (see roundingNoise).

// Twelve offsets in [−1, 1], irregular so that no periodic pattern of the rounding lines up with them.
const NOISE_OFFSETS = [-1, -0.83, -0.61, -0.47, -0.29, -0.13, 0.05, 0.22, 0.38, 0.57, 0.74, 0.91];
const NOISE_SPAN = 2 ** 16;

/**
 * The rounding noise of f at x: how far f strays from the best parabola through twelve points spread irregularly
 * over 2¹⁶ ulps on each side of x. A smooth f is a parabola to far better than rounding over so short a span, so
 * the misfit is rounding. Horner's rule on an expanded polynomial errs in a sawtooth (linear ramps a few hundred
 * ulps long, jumping by about ε times its largest term), which is smooth to any test over a few ulps yet moves the
 * computed roots by as much as the sawtooth's height over |f′|.
 *
 * @example
 * ```ts
 * roundingNoise((x) => ((x - 3) * x + 3) * x - 1, 1); // about 4e-16
 * ```
 */
export function roundingNoise(f: (x: number) => number, x: number): number {
  const span = NOISE_SPAN * Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
  const t = NOISE_OFFSETS;
  const v = t.map((o) => f(x + o * span));
  if (!v.every(Number.isFinite)) return 0;
  // Least squares v ≈ c0 + c1·t + c2·t² by the normal equations (3×3, well conditioned on [−1, 1]).
  const m = [0, 0, 0, 0, 0];
  const r = [0, 0, 0];
  t.forEach((o, k) => {
    let p = 1;
    for (let j = 0; j < 5; j++, p *= o) m[j]! += p;
    r[0]! += v[k]!;
    r[1]! += v[k]! * o;
    r[2]! += v[k]! * o * o;
  });
  const c = solve3([m[0]!, m[1]!, m[2]!, m[1]!, m[2]!, m[3]!, m[2]!, m[3]!, m[4]!], r);
  let noise = 0;
  t.forEach((o, k) => {
    noise = Math.max(noise, Math.abs(v[k]! - (c[0]! + c[1]! * o + c[2]! * o * o)));
  });
  return Number.isFinite(noise) ? noise : 0;
}

/**
 * The rounding noise of f beside x: the smaller of {@link roundingNoise} just left and just right of the stretch
 * it reads around x, so that a jump of f at x itself (floor(x) − ½ at 1) is not taken for noise.
 *
 * @example
 * ```ts
 * noiseBeside((x) => Math.floor(x) - 0.5, 1); // 0
 * ```
 */
export function noiseBeside(f: (x: number) => number, x: number): number {
  const away = 2 * NOISE_SPAN * Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
  return Math.min(roundingNoise(f, x - away), roundingNoise(f, x + away));
}

/** Solves a 3×3 system (row-major) by Cramer's rule. */
function solve3(a: number[], b: number[]): number[] {
  const det = (q: number[]) =>
    q[0]! * (q[4]! * q[8]! - q[5]! * q[7]!) -
    q[1]! * (q[3]! * q[8]! - q[5]! * q[6]!) +
    q[2]! * (q[3]! * q[7]! - q[4]! * q[6]!);
  const d = det(a);
  return [0, 1, 2].map((col) => det(a.map((v, i) => (i % 3 === col ? b[Math.floor(i / 3)]! : v))) / d);
}
