import {
  applyParameterAction,
  normalizeParameterFields,
  type ParameterAction,
} from '../../../state/parameter-action.ts';
import { NO_BOUNDS, type ParameterBounds } from '../../../state/parameter-bounds.ts';
import { NO_PARAMS, type SharedState } from '../../../state/shared-state.ts';
import { PLANE_PRESETS, planePresetById } from './presets.ts';

/** The plane view's state: the shared fields (carried unchanged) and its own system, box and traced start. */
export interface PlaneState extends SharedState {
  /** The plane example the system came from, or `custom`. */
  readonly example: string;
  /** x′ and y′ as typed, formulas in x and y. */
  readonly fx: string;
  readonly fy: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
  /** Where the selected trajectory passes (a click sets it); traced forward and backward for `span`. */
  readonly tx: number;
  readonly ty: number;
  readonly span: number;
  /** Separatrices of the saddles drawn (1) or not (0). */
  readonly separatrices: number;
  /** Euler's step h for the iterates overlaid on the selected trajectory (forward); 0 draws none. */
  readonly h: number;
  /** The parameter sliders' chosen ranges (always present in the plane view). */
  readonly paramBounds: ParameterBounds;
}

/** What the plane view's controls and plot ask for. */
export type PlaneAction =
  | { type: 'example'; id: string }
  | { type: 'system'; fx: string; fy: string }
  | {
      type: 'number';
      field: 'xMin' | 'xMax' | 'yMin' | 'yMax' | 'span' | 'separatrices' | 'h';
      value: number;
    }
  | { type: 'trace'; x: number; y: number }
  | ParameterAction;

const FIRST = PLANE_PRESETS[0]!;

/** The plane view when nothing says otherwise: the damped pendulum. */
export const DEFAULT_PLANE_STATE: PlaneState = {
  preset: 'logistic',
  kind: 'ode',
  formula: 'x * (1 - x)',
  direction: 'ascent',
  x0: 0.1,
  eta: 0.5,
  params: NO_PARAMS,
  paramBounds: NO_BOUNDS,
  ...exampleFields(FIRST.id),
};

/**
 * An example's parameter values and ranges laid over the state's: the shared values of other formulas' parameters
 * stay (switching back to the line view finds them), the example's own take its values.
 *
 * @example
 * ```ts
 * exampleParameters('van-der-pol', DEFAULT_PLANE_STATE); // { params: { mu: 1 }, paramBounds: { mu: { min: 0, max: 5 } } }
 * ```
 */
export function exampleParameters(
  id: string,
  state: Pick<SharedState, 'params' | 'paramBounds'> = DEFAULT_PLANE_STATE,
) {
  const p = planePresetById(id);
  return {
    params: { ...state.params, ...p?.params },
    paramBounds: { ...state.paramBounds, ...p?.paramBounds },
  };
}

/** The own fields of an example (system, box, start). */
export function exampleFields(id: string) {
  const p = planePresetById(id) ?? FIRST;
  const [xMin, xMax, yMin, yMax] = p.box;
  return {
    example: p.id,
    fx: p.fx,
    fy: p.fy,
    xMin,
    xMax,
    yMin,
    yMax,
    tx: p.start[0],
    ty: p.start[1],
    span: 20,
    separatrices: 1,
    h: 0,
  };
}

const MAX_TEXT = 200;
const LIMIT = 1e6;

/**
 * Any candidate brought inside the rules: texts bounded, numbers finite, boxes non-empty (a bad side falls back
 * to the example's), the traced start clamped into the box, span in [1, 200], separatrices 0 or 1, Euler's h 0 or in
 * [0.001, 2].
 *
 * @example
 * ```ts
 * normalizePlaneState({ ...DEFAULT_PLANE_STATE, xMin: 5, xMax: 1 }).xMin; // -7 (the example's box)
 * ```
 */
export function normalizePlaneState(
  candidate: Partial<Record<keyof PlaneState, unknown>>,
  base = DEFAULT_PLANE_STATE,
): PlaneState {
  const text = (v: unknown, fallback: string) =>
    typeof v === 'string' && v.length <= MAX_TEXT ? v : fallback;
  const num = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= LIMIT ? v + 0 : fallback;
  const example = text(candidate.example, base.example);
  const known = planePresetById(example) ? example : 'custom';
  const own = exampleFields(planePresetById(example) ? example : base.example);
  let xMin = num(candidate.xMin, base.xMin);
  let xMax = num(candidate.xMax, base.xMax);
  if (!(xMin < xMax)) [xMin, xMax] = [own.xMin, own.xMax];
  let yMin = num(candidate.yMin, base.yMin);
  let yMax = num(candidate.yMax, base.yMax);
  if (!(yMin < yMax)) [yMin, yMax] = [own.yMin, own.yMax];
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    preset: text(candidate.preset, base.preset),
    kind: candidate.kind === 'potential' ? 'potential' : candidate.kind === 'ode' ? 'ode' : base.kind,
    formula: text(candidate.formula, base.formula),
    direction:
      candidate.direction === 'descent'
        ? 'descent'
        : candidate.direction === 'ascent'
          ? 'ascent'
          : base.direction,
    x0: num(candidate.x0, base.x0),
    eta: num(candidate.eta, base.eta) > 0 ? num(candidate.eta, base.eta) : base.eta,
    ...normalizeParameterFields(candidate, base),
    example: known,
    fx: text(candidate.fx, base.fx),
    fy: text(candidate.fy, base.fy),
    xMin,
    xMax,
    yMin,
    yMax,
    tx: clamp(num(candidate.tx, base.tx), xMin, xMax),
    ty: clamp(num(candidate.ty, base.ty), yMin, yMax),
    span: clamp(num(candidate.span, base.span), 1, 200),
    separatrices: num(candidate.separatrices, base.separatrices) >= 0.5 ? 1 : 0,
    // Euler's step: 0 (off) or in [0.001, 2]; below that the iterates would be too many to draw.
    h: (() => {
      const h = num(candidate.h, base.h);
      return h <= 0 ? 0 : clamp(h, 0.001, 2);
    })(),
  };
}

/**
 * Applies an action; the same object when nothing changed. Choosing an example loads its system, box and start;
 * typing a system makes it `custom` unless it is an example's exactly.
 */
export function updatePlaneState(state: PlaneState, action: PlaneAction): PlaneState {
  let next: PlaneState;
  switch (action.type) {
    case 'example':
      if (!planePresetById(action.id)) return state;
      next = normalizePlaneState(
        { ...state, ...exampleFields(action.id), ...exampleParameters(action.id, state) },
        state,
      );
      break;
    case 'system': {
      const match = PLANE_PRESETS.find((p) => p.fx === action.fx && p.fy === action.fy);
      next = normalizePlaneState(
        { ...state, fx: action.fx, fy: action.fy, example: match?.id ?? 'custom' },
        state,
      );
      break;
    }
    case 'number':
      next = normalizePlaneState({ ...state, [action.field]: action.value }, state);
      break;
    case 'param':
    case 'param-bounds':
      next = normalizePlaneState({ ...state, ...applyParameterAction(state, action) }, state);
      break;
    case 'trace':
      next = normalizePlaneState({ ...state, tx: action.x, ty: action.y }, state);
      break;
    default:
      return state;
  }
  return (Object.keys(next) as (keyof PlaneState)[]).every((k) => Object.is(next[k], state[k]))
    ? state
    : next;
}
