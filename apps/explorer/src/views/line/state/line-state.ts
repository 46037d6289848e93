import type { ParameterBounds } from '../../../state/parameter-bounds.ts';
import type { SharedState } from '../../../state/shared-state.ts';

export type { Direction, FormulaKind } from '../../../state/shared-state.ts';
export { DIRECTIONS, FORMULA_KINDS } from '../../../state/shared-state.ts';

/** The method drawing the reference solution curves. */
export type ReferenceMethod = 'rk4' | 'dopri5' | 'heun' | 'midpoint' | 'euler' | 'rodas4' | 'backward-euler';

/** The demo functions a user can start from, or `custom` once the formula was edited. */
export type PresetId =
  | 'logistic'
  | 'square'
  | 'sine'
  | 'two-minima'
  | 'notch'
  | 'logistic-rk'
  | 'tilted-well'
  | 'forced-decay'
  | 'seasonal-harvest'
  | 't-minus-x2'
  | 'custom';

/**
 * Everything the line view shows follows from this one plain object: the shared fields (formula, kind, direction,
 * x0, η, parameters) and the line view's own. It is what the URL holds while the line view is active.
 * Numbers are always finite and inside their ranges (the update functions and the URL decoder keep them so).
 */
export interface LineState extends SharedState {
  readonly preset: PresetId;
  /** How many iterates after x0 (and Euler steps) to compute. */
  readonly steps: number;
  /** The factor γ in η_k = η·γ^k (1 means no decay). */
  readonly decay: number;
  /** The heavy-ball momentum β in x_{k+1} = x_k ± η_k F′(x_k) + β(x_k − x_{k−1}). */
  readonly momentum: number;
  readonly method: ReferenceMethod;
  /** The x window all three panels show. */
  readonly xMin: number;
  readonly xMax: number;
  /** The iterate k the readout describes and the plots highlight. */
  readonly focus: number;
  /** The parameter sliders' chosen ranges (always present in the line view). */
  readonly paramBounds: ParameterBounds;
}

/** Bounds for each numeric field: the sliders use them and the updates clamp to them. */
export const LIMITS = {
  x0: { min: -1e6, max: 1e6 },
  eta: { min: 1e-4, max: 10 },
  steps: { min: 1, max: 200 },
  decay: { min: 0.5, max: 1 },
  momentum: { min: 0, max: 0.99 },
  xSpan: { min: 1e-3, max: 1e6 },
} as const;

export const REFERENCE_METHODS: readonly ReferenceMethod[] = [
  'rk4',
  'dopri5',
  'heun',
  'midpoint',
  'euler',
  'rodas4',
  'backward-euler',
];
