import {
  applyParameterAction,
  normalizeParameterFields,
  type ParameterAction,
} from '../../../state/parameter-action.ts';
import { NO_BOUNDS, type ParameterBounds } from '../../../state/parameter-bounds.ts';
import { type FormulaKind, NO_PARAMS, type SharedState } from '../../../state/shared-state.ts';
import { MAP_PRESETS, mapPresetById } from './presets.ts';

/** The step map of which method: Euler (gradient descent itself) or RK4. */
export type MapMethod = 'euler' | 'rk4';
export const MAP_METHODS: readonly MapMethod[] = ['euler', 'rk4'];

/**
 * The map view's state: the shared fields (formula, η, x0, … as the line view has them) and its own: the method,
 * the η range of the orbit diagram (drag-to-zoom changes it), the cobweb's x window and its number of steps.
 */
export interface MapState extends SharedState {
  readonly method: MapMethod;
  readonly hMin: number;
  readonly hMax: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly steps: number;
  /** The parameter sliders' chosen ranges (always present in the map view). */
  readonly paramBounds: ParameterBounds;
}

/** What the map view's controls and plots ask for. */
export type MapAction =
  | { type: 'preset'; id: string }
  | { type: 'formula'; kind: FormulaKind; formula: string }
  | { type: 'method'; method: MapMethod }
  | { type: 'number'; field: 'eta' | 'x0' | 'steps' | 'xMin' | 'xMax'; value: number }
  | { type: 'zoom'; hMin: number; hMax: number }
  | { type: 'reset-zoom' }
  | ParameterAction;

export const MAP_LIMITS = {
  eta: { min: 1e-4, max: 10 },
  h: { min: 0, max: 10 },
  steps: { min: 1, max: 200 },
  x: 1e6,
} as const;

const FIRST = MAP_PRESETS[0]!;

/** The own fields an example sets. */
export function presetFields(id: string) {
  const p = mapPresetById(id) ?? FIRST;
  return { hMin: p.hMin, hMax: p.hMax, xMin: p.xMin, xMax: p.xMax };
}

/** The map view when nothing says otherwise: the logistic example at η = 1.5. */
export const DEFAULT_MAP_STATE: MapState = {
  preset: FIRST.id,
  kind: FIRST.kind,
  formula: FIRST.formula,
  direction: FIRST.direction,
  x0: FIRST.x0,
  eta: FIRST.eta,
  params: NO_PARAMS,
  paramBounds: NO_BOUNDS,
  method: 'euler',
  steps: 40,
  ...presetFields(FIRST.id),
};

const MAX_TEXT = 200;

/**
 * Any candidate brought inside the rules: η in [1e-4, 10], x0 and the window within ±10⁶, the window and the
 * η range non-empty (else `base`'s), the η range inside [0, 10], steps an integer in [1, 200].
 *
 * @example
 * ```ts
 * normalizeMapState({ ...DEFAULT_MAP_STATE, hMin: 3, hMax: 1 }).hMin; // 1 (the default's range)
 * ```
 */
export function normalizeMapState(
  candidate: Partial<Record<keyof MapState, unknown>>,
  base: MapState = DEFAULT_MAP_STATE,
): MapState {
  const num = (v: unknown, fallback: number, lo: number, hi: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) + 0 : fallback;
  const text = (v: unknown, fallback: string) =>
    typeof v === 'string' && v.length <= MAX_TEXT ? v : fallback;
  let hMin = num(candidate.hMin, base.hMin, MAP_LIMITS.h.min, MAP_LIMITS.h.max);
  let hMax = num(candidate.hMax, base.hMax, MAP_LIMITS.h.min, MAP_LIMITS.h.max);
  if (!(hMax - hMin >= 1e-9)) [hMin, hMax] = [base.hMin, base.hMax];
  let xMin = num(candidate.xMin, base.xMin, -MAP_LIMITS.x, MAP_LIMITS.x);
  let xMax = num(candidate.xMax, base.xMax, -MAP_LIMITS.x, MAP_LIMITS.x);
  if (!(xMax - xMin >= 1e-9)) [xMin, xMax] = [base.xMin, base.xMax];
  return {
    preset: text(candidate.preset, base.preset),
    kind: candidate.kind === 'potential' || candidate.kind === 'ode' ? candidate.kind : base.kind,
    formula: text(candidate.formula, base.formula),
    direction:
      candidate.direction === 'descent' || candidate.direction === 'ascent'
        ? candidate.direction
        : base.direction,
    x0: num(candidate.x0, base.x0, -MAP_LIMITS.x, MAP_LIMITS.x),
    eta: num(candidate.eta, base.eta, MAP_LIMITS.eta.min, MAP_LIMITS.eta.max),
    ...normalizeParameterFields(candidate, base),
    method: candidate.method === 'rk4' || candidate.method === 'euler' ? candidate.method : base.method,
    hMin,
    hMax,
    xMin,
    xMax,
    steps: Math.round(num(candidate.steps, base.steps, MAP_LIMITS.steps.min, MAP_LIMITS.steps.max)),
  };
}

/**
 * Applies an action; the same object when nothing changed. An example loads its formula, η, x0, η range and x
 * window; typing a formula makes the state `custom` unless it is an example's exactly.
 *
 * @example
 * ```ts
 * updateMapState(DEFAULT_MAP_STATE, { type: 'zoom', hMin: 2.4, hMax: 2.6 }).hMin; // 2.4
 * ```
 */
export function updateMapState(state: MapState, action: MapAction): MapState {
  let next: MapState;
  switch (action.type) {
    case 'preset': {
      const p = mapPresetById(action.id);
      if (!p) return state;
      const { id, kind, formula, direction, x0, eta } = p;
      next = normalizeMapState(
        {
          ...state,
          preset: id,
          kind,
          formula,
          direction,
          x0,
          eta,
          params: NO_PARAMS,
          paramBounds: NO_BOUNDS,
          ...presetFields(id),
        },
        state,
      );
      break;
    }
    case 'formula': {
      const match = MAP_PRESETS.find((p) => p.formula === action.formula && p.kind === action.kind);
      next = normalizeMapState(
        { ...state, kind: action.kind, formula: action.formula, preset: match?.id ?? 'custom' },
        state,
      );
      break;
    }
    case 'method':
      next = normalizeMapState({ ...state, method: action.method }, state);
      break;
    case 'number':
      next = normalizeMapState({ ...state, [action.field]: action.value }, state);
      break;
    case 'param':
    case 'param-bounds':
      next = normalizeMapState({ ...state, ...applyParameterAction(state, action) }, state);
      break;
    case 'zoom':
      next = normalizeMapState({ ...state, hMin: action.hMin, hMax: action.hMax }, state);
      break;
    case 'reset-zoom':
      next = normalizeMapState(
        { ...state, ...presetFields(mapPresetById(state.preset) ? state.preset : FIRST.id) },
        state,
      );
      break;
    default:
      return state;
  }
  return (Object.keys(next) as (keyof MapState)[]).every((k) => Object.is(next[k], state[k])) ? state : next;
}
