/**
 * How f leaves a point x, read at distances that halve or double: the test behind every stability kind and every
 * honest root accuracy in the analysis.
 *
 * Near an isolated root f behaves like c·|x − x*|^m on each side, so the deviations f(x ± h) − f(x) at four
 * consecutive distances h, h/2, h/4, h/8 keep their sign and shrink by a steady factor (2 for a simple root, 4 for
 * a double one). A window of four such levels on both sides (a side may instead be exactly at rest, or not finite
 * throughout) is the evidence that nothing else happens at those scales: no other root, no rounding noise. Wild
 * functions or noise could line up by chance, and halving distances alias with periodic ones, so a window is
 * confirmed at three distances off the halving grid before it counts.
 */

/** Direction of the flow at a point: +1 rightwards, −1 leftwards, 0 at rest, null where f is not finite. */
export type FlowSign = 1 | -1 | 0 | null;

/** f at x − h and x + h (null where not finite or off the doubles), with their deviations from f(x), halved. */
export interface Level {
  h: number;
  xLeft: number;
  xRight: number;
  fLeft: number | null;
  fRight: number | null;
  left: number | null;
  right: number | null;
}

/** A window of four levels that passed: the flows at its largest level and the power law seen. */
export interface Window {
  /** Index of the window's largest level in the list it came from. */
  top: number;
  left: FlowSign;
  right: FlowSign;
  /** The mean exponent m over the sides that follow a power law. */
  exponent: number;
  /** Each side's shape over the window, and its exponent when it is a power law. */
  sides: [SideShape, SideShape];
}

/** One side over a window: a power law, exactly at rest, or not finite throughout. */
export interface SideShape {
  kind: 'power' | 'rest' | 'absent';
  exponent: number;
}

const MIN_RATIO = 1.2;
const MAX_RATIO = 4096;
const MAX_SPREAD = 1.5;
// Off-grid distances that confirm a window: halving distances alias with periodic functions (sin(ωx) read at
// ωh = 16πM looks like a clean power law at every halving). These factors are irrational (1/√2, 1/√3, 2 − φ), so
// no period lines up with all of them; rational ones would (0.71 and 0.37 both alias at ωh = 400π).
const CHECKS = [Math.SQRT1_2, 1 / Math.sqrt(3), (3 - Math.sqrt(5)) / 2];
const CHECK_TOLERANCE = 1.3;

/**
 * f at x ∓ h. The deviations are halved (½f(x ± h) − ½f(x)) so that they never overflow; f(x) non-finite counts
 * as 0 (the raw signs are read then).
 *
 * @example
 * ```ts
 * level(Math.sin, 0, 0, 0.5).right; // 0.2397 = sin(0.5)/2
 * ```
 */
export function level(f: (x: number) => number, x: number, f0: number, h: number): Level {
  const base = Number.isFinite(f0) ? f0 : 0;
  const xLeft = x - h;
  const xRight = x + h;
  const fLeft = readAt(f, x, xLeft);
  const fRight = readAt(f, x, xRight);
  return {
    h,
    xLeft,
    xRight,
    fLeft,
    fRight,
    left: fLeft === null ? null : 0.5 * fLeft - 0.5 * base,
    right: fRight === null ? null : 0.5 * fRight - 0.5 * base,
  };
}

function readAt(f: (x: number) => number, x: number, at: number): number | null {
  if (!Number.isFinite(at) || at === x) return null;
  const v = f(at);
  return Number.isFinite(v) ? v : null;
}

/** Classifies one side over the four levels from `top` (largest) in steps of `by` (null: not clean). */
function side(levels: Level[], top: number, by: number, right: boolean): SideShape | null {
  let nulls = 0;
  let zeros = 0;
  let positives = 0;
  for (let k = 0; k < 4; k++) {
    const v = right ? levels[top + k * by]!.right : levels[top + k * by]!.left;
    if (v === null) nulls++;
    else if (v === 0) zeros++;
    else if (v > 0) positives++;
  }
  if (nulls === 4) return ABSENT;
  if (nulls > 0) return null;
  if (zeros === 4) return REST;
  if (zeros > 0 || (positives !== 0 && positives !== 4)) return null;
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  let prev = right ? levels[top]!.right! : levels[top]!.left!;
  const first = prev;
  for (let k = 1; k < 4; k++) {
    const v = right ? levels[top + k * by]!.right! : levels[top + k * by]!.left!;
    const r = prev / v;
    if (!(r >= MIN_RATIO && r <= MAX_RATIO)) return null;
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
    prev = v;
  }
  if (hi > MAX_SPREAD * lo) return null;
  return { kind: 'power', exponent: Math.log2(first / prev) / 3 };
}

const ABSENT: SideShape = { kind: 'absent', exponent: 0 };
const REST: SideShape = { kind: 'rest', exponent: 0 };

const sign = (v: number | null): FlowSign => (v === null ? null : v > 0 ? 1 : v < 0 ? -1 : 0);

/**
 * Tests the four levels `levels[top]` (largest) to `levels[top + 3]` (smallest) — or, with `ascending`, the four
 * from `levels[top]` (largest) down to `levels[top − 3]`. Null when they do not show a clean local picture.
 * Distances must halve from one level to the next.
 *
 * @example
 * ```ts
 * const ls = [1, 0.5, 0.25, 0.125].map((h) => level((x) => x * x, 0, 0, h));
 * windowAt(ls, 0, false)?.exponent; // 2 (a double root: semi-stable)
 * ```
 */
export function windowAt(levels: Level[], top: number, ascending: boolean): Window | null {
  const by = ascending ? -1 : 1;
  const left = side(levels, top, by, false);
  if (left === null) return null;
  const right = side(levels, top, by, true);
  if (right === null) return null;
  const powers = (left.kind === 'power' ? 1 : 0) + (right.kind === 'power' ? 1 : 0);
  if (powers === 0) return null;
  const l = levels[top]!;
  return {
    top,
    left: sign(l.left),
    right: sign(l.right),
    exponent:
      ((left.kind === 'power' ? left.exponent : 0) + (right.kind === 'power' ? right.exponent : 0)) / powers,
    sides: [left, right],
  };
}

/**
 * Confirms a window: each side must keep its shape at three distances off its halving grid (the same sign and the
 * magnitude its power law predicts, within 30%; at rest or not finite as before), and at its smallest level the
 * deviation must stand 8 times above the rounding noise of f there (see {@link roundingNoise}): rounding in a
 * polynomial summed by Horner's rule is deterministic and can mimic a power law at scales of a few ulps. Up to 30
 * more evaluations.
 *
 * @example
 * ```ts
 * const f = (x: number) => x * x;
 * const ls = [1, 0.5, 0.25, 0.125].map((h) => level(f, 0, 0, h));
 * confirmWindow(f, 0, 0, ls[0]!, ls[3]!, windowAt(ls, 0, false)!); // true
 * ```
 */
export function confirmWindow(
  f: (x: number) => number,
  x: number,
  f0: number,
  top: Level,
  bottom: Level,
  w: Window,
): boolean {
  for (const c of CHECKS) {
    const probe = level(f, x, f0, top.h * c);
    if (
      !keepsShape(w.sides[0], top.left, probe.left, c) ||
      !keepsShape(w.sides[1], top.right, probe.right, c)
    ) {
      return false;
    }
  }
  return (
    aboveNoise(f, w.sides[0], bottom.xLeft, bottom.left) &&
    aboveNoise(f, w.sides[1], bottom.xRight, bottom.right)
  );
}

/** |deviation| at least 8 times the rounding noise of f around `at`. */
function aboveNoise(
  f: (x: number) => number,
  shape: SideShape,
  at: number,
  deviation: number | null,
): boolean {
  if (shape.kind !== 'power' || deviation === null) return true;
  return !(roundingNoise(f, at) * 8 > 2 * Math.abs(deviation));
}

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

const scratch = new Float64Array(1);
const bits = new BigInt64Array(scratch.buffer);
/**
 * The next double above x (x finite).
 *
 * @example
 * ```ts
 * nextUp(1); // 1.0000000000000002
 * ```
 */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  scratch[0] = x;
  bits[0] = x > 0 ? bits[0]! + 1n : bits[0]! - 1n;
  return scratch[0]!;
}

function keepsShape(shape: SideShape, at: number | null, value: number | null, c: number): boolean {
  if (shape.kind === 'absent') return value === null;
  if (value === null) return false;
  if (shape.kind === 'rest') return value === 0;
  const ratio = value / (at! * c ** shape.exponent);
  return ratio >= 1 / CHECK_TOLERANCE && ratio <= CHECK_TOLERANCE;
}

/** The shortest distance worth reading at x (about four ulps): below it x ± h rounds too coarsely for the halving
 * to mean much. */
export function resolutionAt(x: number): number {
  return Math.max(4 * Number.EPSILON * Math.abs(x), 1e-300);
}

/** What {@link scanDown} found. */
export interface DownScan {
  levels: Level[];
  window: Window | null;
}

/**
 * Reads f at x ∓ h for h = hmax, hmax/2, … down to hmin (and the resolution of x), at most `maxLevels` levels,
 * and stops at the first window of four levels that passes: the largest scale at which f is seen leaving x
 * cleanly. f0 is f(x).
 *
 * @example
 * ```ts
 * // sin(1/x) at its root 1/(1000π): its roots are 1e-7 apart, so the window is found near 1e-8, not at 6e-6.
 * const x = 1 / (1000 * Math.PI);
 * const scan = scanDown((y) => Math.sin(1 / y), x, Math.sin(1 / x), 6e-6, 0, 64);
 * scan.levels[scan.window!.top].h < 1e-8; // true
 * ```
 */
export function scanDown(
  f: (x: number) => number,
  x: number,
  f0: number,
  hmax: number,
  hmin: number,
  maxLevels: number,
): DownScan {
  const levels: Level[] = [];
  const floor = Math.max(hmin, resolutionAt(x));
  for (let k = 0, h = hmax; k < maxLevels && (k < Math.min(4, maxLevels) || h >= floor); k++, h /= 2) {
    levels.push(level(f, x, f0, h));
    if (levels.length >= 4) {
      const top = levels.length - 4;
      const window = windowAt(levels, top, false);
      if (window && confirmWindow(f, x, f0, levels[top]!, levels[top + 3]!, window))
        return { levels, window };
    }
  }
  return { levels, window: null };
}

/** What {@link scanUp} found: the radius within which the picture around x was not clean. */
export interface UpScan {
  /** The distance from which on the picture was clean: the smallest distance of the first clean window. Below it
   * nothing is known (noise, or roots), so a root's accuracy is at least this. */
  radius: number;
  /** False when no window was clean up to the cap: the radius is then the cap. */
  clean: boolean;
  /** With `full`: false when a window above the radius (up to dmax) was not clean: something else (another root)
   * happens at that scale. */
  settled: boolean;
  /** When not settled: the largest distance of the first window above the radius that was not clean (something
   * lies within about that distance of x). */
  disturbedAt: number;
  /** Whether any deviation read was non-zero (false: f was f(x) at every distance read). */
  moved: boolean;
}

/**
 * Reads f at x ∓ d for d = dmin, 2·dmin, … and returns the radius below which f around x is not clean (rounding
 * noise, or other roots): the smallest distance of the first window that passes. `full` keeps reading up to
 * `dmax` and says whether every window there was clean too (three roots 1e-9 apart look simple below 1e-9 and
 * like a cubic above 4e-9, but not in between). Never beyond `dcap`.
 *
 * @example
 * ```ts
 * // (x − 1)³ expanded: rounding noise of about 1e-16 hides the root within about 1e-5.
 * const p = (x: number) => ((x - 3) * x + 3) * x - 1;
 * scanUp(p, 1, p(1), 1e-15, 0, 1e-2, false).radius; // about 1e-5
 * ```
 */
export function scanUp(
  f: (x: number) => number,
  x: number,
  f0: number,
  dmin: number,
  dmax: number,
  dcap: number,
  full: boolean,
): UpScan {
  const levels: Level[] = [];
  let radius = -1;
  let settled = true;
  let disturbedAt = 0;
  let moved = false;
  for (let d = Math.max(dmin, resolutionAt(x)); d <= dcap; d *= 2) {
    const l = level(f, x, f0, d);
    levels.push(l);
    moved ||= (l.left !== null && l.left !== 0) || (l.right !== null && l.right !== 0);
    const top = levels.length - 1;
    if (top < 3) continue;
    const window = windowAt(levels, top, true);
    // Past the first clean window, a failure is what is looked for: an unconfirmed pass will do.
    const clean = window !== null && (radius >= 0 || confirmWindow(f, x, f0, l, levels[top - 3]!, window));
    if (radius < 0) {
      if (clean) radius = levels[top - 3]!.h;
      if (clean && !full) break;
    } else if (!clean && settled) {
      settled = false;
      disturbedAt = d;
    }
    if (radius >= 0 && d >= dmax) break;
  }
  if (radius < 0) {
    const last = levels.length > 0 ? levels[levels.length - 1]!.h : dcap;
    return { radius: last, clean: false, settled: false, disturbedAt: last, moved };
  }
  return { radius, clean: true, settled, disturbedAt, moved };
}
