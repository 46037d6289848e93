import type { ScalarRhs } from '../problem.ts';
import { readArguments } from './argument-error.ts';
import type { FlowSign, Level, Window } from './local-picture.ts';
import {
  finiteNumber,
  functionArgument,
  nonNegativeNumber,
  positiveNumber,
  readOptions,
} from './read-options.ts';
import { scalarEvaluator } from './scalar-evaluator.ts';
import { scanDown } from './scan-scales.ts';

export type { FlowSign } from './local-picture.ts';

/**
 * The stability of an equilibrium x* of x′ = f(x), read from the flow on either side of it:
 * - `stable`: solutions nearby approach x* from both sides (f′(x*) < 0; or f′ = 0 with f > 0 left and f < 0
 *   right, as x′ = −x³ at 0).
 * - `unstable`: solutions nearby leave x* on both sides (f′(x*) > 0, or x′ = x³ at 0).
 * - `semi-stable`: attracting from one side and repelling on the other (x′ = x² at 0).
 * - `undetermined`: no scale between the accuracy of x* and the step shows f leaving x* cleanly: f is at rest or
 *   not finite on both sides, or f changes sign again, or is rounding noise, at every distance tried (sin(1/x) at
 *   0; a root whose accuracy is wider than the room to its neighbours). It claims nothing.
 * When f is not finite on one side, the other side decides.
 */
export type EquilibriumKind = 'stable' | 'unstable' | 'semi-stable' | 'undetermined';

/** Options of {@link classifyEquilibrium}. */
export interface ClassifyEquilibriumOptions {
  /** f′, when known in closed form; otherwise a finite difference is used. */
  derivative?: (x: number) => number;
  /** How far x* may be from the true zero (the `accuracy` from findEquilibria); default 0. */
  accuracy?: number;
  /** The largest distance from x* at which the flow is read (default max(32·accuracy, ε^(1/3)·max(1, |x*|))).
   * Shorter distances are tried, halving, until f is seen to leave x* cleanly; keep it below the distance to the
   * next equilibrium if you know it. */
  step?: number;
}

/** The stability of one equilibrium and the evidence behind it. Plain data. */
export interface EquilibriumClassification {
  x: number;
  kind: EquilibriumKind;
  /** f′(x*) as used: the user's f′, or a Richardson-extrapolated central difference at the scale of `step`; null
   * when it could not be computed (f not finite on a side, or no clean scale). */
  derivative: number | null;
  /** Where `derivative` came from: the user's f′ or a finite difference. */
  derivativeSource: 'user' | 'finite-difference';
  /** |f′| at or below this counts as zero: the finite-difference error (if any) plus how much f′ varies over
   * x* ± min(max(accuracy, √ε·max(1, |x*|)), step). */
  derivativeTolerance: number;
  /** `derivative` when f′ is clearly non-zero and agrees with the flows; `signs` otherwise (f′ ≈ 0: a double or
   * triple root; or the flows alone could be read). */
  decidedBy: 'derivative' | 'signs';
  /**
   * The flow just left and right of x*: the sign of f(x* ∓ step) − f(x*), which is the sign of f there whenever
   * x* is an equilibrium (the step is chosen where f(x*) is negligible against that change). null where f is not
   * finite. A kind other than `undetermined` always follows from these two: stable is (1, −1), unstable (−1, 1),
   * semi-stable a pair with one attracting and one repelling side (a side at rest or null defers to the other).
   */
  leftFlow: FlowSign;
  rightFlow: FlowSign;
  /** The distance at which the flows were read: where f was first seen leaving x* like a power of the distance. */
  step: number;
  /** f(x*), how far from zero f is at the point classified (null when not finite). */
  residual: number | null;
}

const OPTIONS = ['derivative', 'accuracy', 'step'] as const;
const CUBE_ROOT_EPS = Math.cbrt(Number.EPSILON);
const SQRT_EPS = Math.sqrt(Number.EPSILON);
const MAX_LEVELS = 64;

/**
 * Classifies an equilibrium x* of the scalar autonomous equation x′ = f(x) by the flow on either side of it. The
 * flow is read at distances h = step, step/2, … until four consecutive distances show f leaving x* like a power
 * of the distance on each side (the largest clean scale: below the next root, above rounding noise and the doubt
 * in x*); the kind follows from the signs there, and f′ (the user's, or a central difference at that scale)
 * is recorded and said to decide when it is clearly non-zero and agrees.
 *
 * @example
 * ```ts
 * classifyEquilibrium((x) => x * (1 - x), 1).kind;        // 'stable' (f′(1) = −1)
 * classifyEquilibrium((x) => -(x ** 3), 0).decidedBy;     // 'signs' (f′(0) = 0; f > 0 left, f < 0 right)
 * classifyEquilibrium((x) => x * x * (1 - x), 0).kind;    // 'semi-stable'
 * ```
 */
export function classifyEquilibrium(
  f: ScalarRhs,
  xStar: number,
  options?: ClassifyEquilibriumOptions,
): EquilibriumClassification {
  const args = readArguments('options', () => {
    const g = scalarEvaluator('f', f);
    const x = finiteNumber('xStar', xStar);
    const opts = readOptions('options', options, OPTIONS);
    return {
      g,
      x,
      accuracy: opts.accuracy === undefined ? 0 : nonNegativeNumber('options.accuracy', opts.accuracy),
      step: opts.step === undefined ? undefined : positiveNumber('options.step', opts.step),
      derivative:
        opts.derivative === undefined
          ? undefined
          : scalarEvaluator('options.derivative', functionArgument('options.derivative', opts.derivative)),
    };
  });
  const { g, x, accuracy } = args;
  const hmax = Math.min(
    args.step ?? Math.max(32 * accuracy, CUBE_ROOT_EPS * Math.max(1, Math.abs(x))),
    Number.MAX_VALUE,
  );
  const residual = g(x);
  // A step inside the doubt about x* reads nothing reliable: then only the flows at the step are recorded.
  const scan = scanDown(g, x, residual, hmax, Math.min(accuracy, hmax / 8), hmax < accuracy ? 1 : MAX_LEVELS);
  const w = scan.window;
  const read = w ? scan.levels[w.top]! : scan.levels[0]!;
  const step = read.h;
  const spread = Math.min(Math.max(accuracy, SQRT_EPS * Math.max(1, Math.abs(x))), step);
  const slope =
    args.derivative === undefined
      ? differenceSlope(scan.levels, w, residual, spread)
      : userSlope(args.derivative, x, spread);

  const leftFlow: FlowSign = w ? w.left : flowOf(read.left);
  const rightFlow: FlowSign = w ? w.right : flowOf(read.right);
  const kind = w ? kindFromSides(leftFlow, rightFlow) : 'undetermined';
  const decisive = slope.value !== null && Math.abs(slope.value) > slope.tolerance;
  const agrees = decisive && kind === (slope.value! < 0 ? 'stable' : 'unstable');
  return {
    x,
    kind,
    derivative: slope.value,
    derivativeSource: args.derivative === undefined ? 'finite-difference' : 'user',
    derivativeTolerance: slope.tolerance,
    decidedBy: agrees ? 'derivative' : 'signs',
    leftFlow,
    rightFlow,
    step,
    residual: Number.isFinite(residual) ? residual : null,
  };
}

/** The user's f′ at x, and how much it changes over x ± spread. */
function userSlope(df: (x: number) => number, x: number, spread: number) {
  const value = df(x);
  const change = Math.abs(df(x + spread) - df(x - spread)) / 2;
  return { value: Number.isFinite(value) ? value : null, tolerance: Number.isFinite(change) ? change : 0 };
}

/**
 * Central differences at the two smallest levels of the window, Richardson-extrapolated; the tolerance is their
 * disagreement, the rounding term and how much f′ changes over x ± spread (from the second difference).
 */
function differenceSlope(levels: Level[], w: Window | null, f0: number, spread: number) {
  if (w === null) return { value: null, tolerance: 0 };
  const [a, b] = [levels[w.top + 2]!, levels[w.top + 3]!];
  if (a.fLeft === null || a.fRight === null || b.fLeft === null || b.fRight === null) {
    return { value: null, tolerance: 0 };
  }
  const d1 = a.fRight / (a.xRight - a.xLeft) - a.fLeft / (a.xRight - a.xLeft);
  const d2 = b.fRight / (b.xRight - b.xLeft) - b.fLeft / (b.xRight - b.xLeft);
  const rounding = (4 * Number.EPSILON * Math.max(Math.abs(b.fLeft), Math.abs(b.fRight), Math.abs(f0))) / b.h;
  const second = Math.abs((b.right! + b.left!) * 2) / (b.h * b.h);
  const tolerance = Math.abs(d2 - d1) + rounding + second * spread;
  const value = d2 + (d2 - d1) / 3;
  return Number.isFinite(value) && Number.isFinite(tolerance)
    ? { value, tolerance }
    : { value: null, tolerance: 0 };
}

function flowOf(v: number | null): FlowSign {
  return v === null ? null : v > 0 ? 1 : v < 0 ? -1 : 0;
}

/**
 * The kind the two flows imply. Attracting on the left means flowing right (+1); attracting on the right means
 * flowing left (−1).
 *
 * @example
 * ```ts
 * kindFromSides(1, -1); // 'stable'
 * kindFromSides(1, 1);  // 'semi-stable'
 * ```
 */
export function kindFromSides(left: FlowSign, right: FlowSign): EquilibriumKind {
  const attract = (left === 1 ? 1 : 0) + (right === -1 ? 1 : 0);
  const repel = (left === -1 ? 1 : 0) + (right === 1 ? 1 : 0);
  if (attract > 0 && repel > 0) return 'semi-stable';
  if (attract > 0) return 'stable';
  if (repel > 0) return 'unstable';
  return 'undetermined';
}
