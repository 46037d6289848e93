import { roundingNoise } from './rounding-noise.ts';

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
