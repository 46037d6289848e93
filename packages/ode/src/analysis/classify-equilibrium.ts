import type { ScalarRhs } from '../problem.ts';
import { checkOptions, requireFinite, requireFunction, requirePositive } from '../validate.ts';
import { centralDifference } from './central-difference.ts';
import { scalarEvaluator } from './scalar-evaluator.ts';

/**
 * The stability of an equilibrium x* of x′ = f(x):
 * - `stable`: solutions nearby approach x* from both sides (f′(x*) < 0, or f′ = 0 and f > 0 left, f < 0 right,
 *   as x′ = −x³ at 0).
 * - `unstable`: solutions nearby leave x* on both sides (f′(x*) > 0, or x′ = x³ at 0).
 * - `semi-stable`: attracting from one side and repelling on the other (x′ = x² at 0).
 * - `undetermined`: f′ is zero or unknown and f is zero or not finite on both sides.
 * When f is not finite on one side, the other side decides.
 */
export type EquilibriumKind = 'stable' | 'unstable' | 'semi-stable' | 'undetermined';

/** Direction of the flow at a point: +1 rightwards (f > 0), −1 leftwards, 0 at rest, null where f is not finite. */
export type FlowSign = 1 | -1 | 0 | null;

/** Options of {@link classifyEquilibrium}. */
export interface ClassifyEquilibriumOptions {
  /** f′, when known in closed form; otherwise a finite difference is used. */
  derivative?: (x: number) => number;
  /** How far x* may be from the true zero (the `accuracy` from findEquilibria); default 0. */
  accuracy?: number;
  /** Distance from x* at which the sign of f is read on each side (default max(4·accuracy, ε^(1/3)·max(1,|x*|))).
   * Keep it below the distance to the next equilibrium. */
  step?: number;
}

/** The stability of one equilibrium and the evidence behind it. Plain data. */
export interface EquilibriumClassification {
  x: number;
  kind: EquilibriumKind;
  /** The value of f′(x*) used, or null when it could not be computed (f not finite nearby). */
  derivative: number | null;
  /** Where `derivative` came from: the user's f′ or a Richardson-extrapolated central difference. */
  derivativeSource: 'user' | 'finite-difference';
  /** |f′| at or below this counts as zero: the finite-difference error (if any) plus how much f′ varies over
   * x* ± min(max(accuracy, √ε·max(1, |x*|)), step). */
  derivativeTolerance: number;
  /** `derivative` when f′ was clearly non-zero; `signs` when the sign of f on either side decided. */
  decidedBy: 'derivative' | 'signs';
  /** The flow just left and right of x* (at x* ∓ step). */
  leftFlow: FlowSign;
  rightFlow: FlowSign;
  step: number;
  /** f(x*), how far from zero f is at the point classified (null when not finite). */
  residual: number | null;
}

const OPTIONS = ['derivative', 'accuracy', 'step'] as const;
const CUBE_ROOT_EPS = Math.cbrt(Number.EPSILON);
const SQRT_EPS = Math.sqrt(Number.EPSILON);

/**
 * Classifies an equilibrium x* of the scalar autonomous equation x′ = f(x) by the sign of f′(x*): `stable` when
 * f′(x*) < 0, `unstable` when f′(x*) > 0. When |f′(x*)| is within its tolerance of zero, the sign of f on each
 * side decides (higher-order stability, or `semi-stable`). f′ comes from `options.derivative` when given,
 * otherwise from central differences at h = ε^(1/3)·max(1, |x*|) with Richardson extrapolation; the record says
 * which, and the value used.
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
  const g = scalarEvaluator('f', f);
  const x = requireFinite('xStar', xStar);
  const opts = checkOptions('options', options, OPTIONS) as ClassifyEquilibriumOptions;
  const accuracy =
    opts.accuracy === undefined || opts.accuracy === 0
      ? 0
      : requirePositive('options.accuracy', opts.accuracy);
  const step =
    opts.step === undefined
      ? Math.max(4 * accuracy, CUBE_ROOT_EPS * Math.max(1, Math.abs(x)))
      : requirePositive('options.step', opts.step);

  // f′ counts as zero when it changes by more than its own size over x* ± spread: the doubt in x* (accuracy),
  // and at least √ε·max(1, |x*|), so a root located to rounding (x⁴ at 1e-17) is not called simple; but never
  // wider than the side step, which the caller keeps short of the next equilibrium.
  const spread = Math.min(Math.max(accuracy, SQRT_EPS * Math.max(1, Math.abs(x))), step);
  let derivative: number | null;
  let tolerance: number;
  if (opts.derivative !== undefined) {
    const df = scalarEvaluator('options.derivative', requireFunction('options.derivative', opts.derivative));
    derivative = df(x);
    tolerance = Math.abs(df(x + spread) - df(x - spread)) / 2;
    if (!Number.isFinite(derivative)) derivative = null;
    if (!Number.isFinite(tolerance)) tolerance = 0;
  } else {
    const d = centralDifference(g, x);
    derivative = d === null ? null : d.value;
    tolerance = d === null ? 0 : d.error + Math.abs(d.second) * spread;
  }

  const leftFlow = flowSign(g(x - step));
  const rightFlow = flowSign(g(x + step));
  const residual = g(x);
  const common = {
    x,
    derivative,
    derivativeSource: opts.derivative !== undefined ? ('user' as const) : ('finite-difference' as const),
    derivativeTolerance: tolerance,
    leftFlow,
    rightFlow,
    step,
    residual: Number.isFinite(residual) ? residual : null,
  };
  if (derivative !== null && Math.abs(derivative) > tolerance) {
    return { ...common, kind: derivative < 0 ? 'stable' : 'unstable', decidedBy: 'derivative' };
  }
  return { ...common, kind: kindFromSides(leftFlow, rightFlow), decidedBy: 'signs' };
}

function flowSign(value: number): FlowSign {
  if (!Number.isFinite(value)) return null;
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/** Attracting on the left means flowing right (+1); attracting on the right means flowing left (−1). */
function kindFromSides(left: FlowSign, right: FlowSign): EquilibriumKind {
  const attract = (left === 1 ? 1 : 0) + (right === -1 ? 1 : 0);
  const repel = (left === -1 ? 1 : 0) + (right === 1 ? 1 : 0);
  if (attract > 0 && repel > 0) return 'semi-stable';
  if (attract > 0) return 'stable';
  if (repel > 0) return 'unstable';
  return 'undetermined';
}
