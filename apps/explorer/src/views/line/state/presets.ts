import { normalizeParameterFields } from '../../../state/parameter-action.ts';
import { NO_BOUNDS, type ParameterBounds } from '../../../state/parameter-bounds.ts';
import { type FormulaParameters, NO_PARAMS } from '../../../state/shared-state.ts';
import type { Direction, FormulaKind, LineState, PresetId } from './line-state.ts';
import { PARAMETER_PRESETS, TIME_PRESETS } from './parameter-presets.ts';

/** A demo function with the ranges in which it shows something. */
export interface Preset {
  readonly id: Exclude<PresetId, 'custom'>;
  readonly label: string;
  readonly kind: FormulaKind;
  readonly formula: string;
  readonly direction: Direction;
  readonly x0: number;
  readonly eta: number;
  readonly steps: number;
  readonly xMin: number;
  readonly xMax: number;
  /** The η slider's range in this view (x0's is the x window). */
  readonly etaRange: readonly [number, number];
  /** One sentence on what to try. */
  readonly hint: string;
  /** The values of the formula's parameters it opens with, and their slider ranges (defaults when absent). */
  readonly params?: FormulaParameters;
  readonly paramBounds?: ParameterBounds;
}

/**
 * The demo functions. The logistic equation x′ = x(1 − x) is the gradient flow of F(x) = x²/2 − x³/3 climbed
 * by gradient ascent; the others are potentials descended: x² (convex, diverges for η > 1 since F″ = 2),
 * sin x (infinitely many minima), `localGlobal` and `notch` of @phaseflow/gradient-flow written as formulas
 * (minima at −2 and 1; a notch of width 0.05 and curvature 400.1 at the bottom of a shallow bowl).
 */
export const PRESETS: readonly Preset[] = [
  {
    id: 'logistic',
    label: 'logistic x(1 − x)',
    kind: 'ode',
    formula: 'x * (1 - x)',
    direction: 'ascent',
    x0: 0.1,
    eta: 0.5,
    steps: 20,
    xMin: -0.5,
    xMax: 1.5,
    etaRange: [0.01, 3],
    hint: 'Euler on x′ = x(1 − x) is gradient ascent on F = x²/2 − x³/3; past η = 2 the iterates stop settling at 1.',
  },
  {
    id: 'square',
    label: 'x²',
    kind: 'potential',
    formula: 'x^2',
    direction: 'descent',
    x0: 1.5,
    eta: 0.2,
    steps: 20,
    xMin: -2,
    xMax: 2,
    etaRange: [0.01, 1.2],
    hint: 'η = 0.5 reaches the minimum in one step; η > 1 makes every step overshoot further.',
  },
  {
    id: 'sine',
    label: 'sin x',
    kind: 'potential',
    formula: 'sin(x)',
    direction: 'descent',
    x0: 0.5,
    eta: 0.3,
    steps: 30,
    xMin: -7,
    xMax: 7,
    etaRange: [0.01, 4],
    hint: 'Every minimum is as low as the others: which one you reach depends only on x0 and η.',
  },
  {
    id: 'two-minima',
    label: 'local + global minimum',
    kind: 'potential',
    formula: 'x^4/4 + x^3/3 - x^2',
    direction: 'descent',
    x0: 1.8,
    eta: 0.1,
    steps: 60,
    xMin: -3,
    xMax: 2.5,
    etaRange: [0.005, 0.4],
    hint: 'From x0 = 1.8 plain descent stops in the local minimum at 1; momentum β = 0.8 carries it to the global one at −2.',
  },
  {
    id: 'notch',
    label: 'notch',
    kind: 'potential',
    formula: '0.05*x^2 - exp(-x^2/0.005)',
    direction: 'descent',
    x0: 3,
    eta: 1.7,
    steps: 100,
    xMin: -4,
    xMax: 4,
    etaRange: [0.05, 5],
    hint: 'With η = 1.7 the iterates are thrown out of the narrow notch at 0; a decay γ = 0.935 lets them settle in it.',
  },
  ...PARAMETER_PRESETS,
  ...TIME_PRESETS,
];

/**
 * The preset with this id, or undefined for `custom` and unknown ids.
 *
 * @example
 * ```ts
 * presetById('square')?.formula; // 'x^2'
 * presetById('custom');          // undefined
 * ```
 */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/**
 * The state a preset opens with (no decay, no momentum, RK4 reference curves, iterate 0 in focus).
 *
 * @example
 * ```ts
 * presetState(PRESETS[0]).formula; // 'x * (1 - x)'
 * ```
 */
export function presetState(preset: Preset): LineState {
  return {
    preset: preset.id,
    kind: preset.kind,
    formula: preset.formula,
    direction: preset.direction,
    x0: preset.x0,
    eta: preset.eta,
    steps: preset.steps,
    decay: 1,
    momentum: 0,
    method: 'rk4',
    xMin: preset.xMin,
    xMax: preset.xMax,
    focus: 0,
    // Normalized, so a preset's parameters are listed as its link reads them back (in name order).
    ...normalizeParameterFields(
      { params: preset.params ?? NO_PARAMS, paramBounds: preset.paramBounds ?? NO_BOUNDS },
      { params: NO_PARAMS },
    ),
  };
}

/** The default view: the logistic equation. */
export const DEFAULT_STATE: LineState = presetState(PRESETS[0]!);
