import { normalizeParameterFields, type ParameterAction } from '../../../state/parameter-action.ts';
import { NO_BOUNDS, type ParameterBounds } from '../../../state/parameter-bounds.ts';
import { NO_PARAMS, type SharedState } from '../../../state/shared-state.ts';
import { LANDSCAPE_PRESETS, landscapePresetById, type MethodId } from './presets.ts';

/** The landscape view's state: the shared fields (the loss's parameters live in `params`) and its own. */
export interface LandscapeState extends SharedState {
  /** The parameter sliders' ranges (shared: `parmin.<name>`, `parmax.<name>`). */
  readonly paramBounds: ParameterBounds;
  /** The example the loss came from, or `custom`. */
  readonly example: string;
  /** F(x, y) as typed. */
  readonly loss: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
  /** The start x0 = (sx, sy) of every run (a click on the landscape sets it). */
  readonly sx: number;
  readonly sy: number;
  /** η of gradient descent, heavy ball, Nesterov and SGD. */
  readonly lr: number;
  /** Iterations of each method (the flow runs to t = steps·η). */
  readonly steps: number;
  /** β of heavy ball and Nesterov. */
  readonly beta: number;
  /** α of Adam. */
  readonly adamLr: number;
  /** The runs shown, bits of `METHOD_BITS`. */
  readonly methods: number;
  /** SGD's minibatch size and seed. */
  readonly batch: number;
  readonly seed: number;
}

export type NumberField =
  | 'xMin'
  | 'xMax'
  | 'yMin'
  | 'yMax'
  | 'lr'
  | 'steps'
  | 'beta'
  | 'adamLr'
  | 'batch'
  | 'seed';

/** What the landscape view's controls and plots ask for. */
export type LandscapeAction =
  | { type: 'example'; id: string }
  | { type: 'loss'; loss: string }
  | { type: 'number'; field: NumberField; value: number }
  | { type: 'toggle'; method: MethodId; on: boolean }
  | { type: 'start'; x: number; y: number }
  | ParameterAction;

/** The own fields of an example (loss, box, start, step and methods); its parameters go in `params`. */
export function landscapeExampleFields(id: string) {
  const p = landscapePresetById(id) ?? LANDSCAPE_PRESETS[0]!;
  const [xMin, xMax, yMin, yMax] = p.box;
  return {
    example: p.id,
    loss: p.loss,
    xMin,
    xMax,
    yMin,
    yMax,
    sx: p.start[0],
    sy: p.start[1],
    lr: p.lr,
    steps: p.steps,
    beta: p.beta,
    adamLr: p.adamLr,
    methods: p.methods,
    batch: 1,
    seed: 7,
  };
}

/** The landscape view when nothing says otherwise: the chapter's regression. */
export const DEFAULT_LANDSCAPE_STATE: LandscapeState = {
  preset: 'logistic',
  kind: 'ode',
  formula: 'x * (1 - x)',
  direction: 'ascent',
  x0: 0.1,
  eta: 0.5,
  params: NO_PARAMS,
  paramBounds: NO_BOUNDS,
  ...landscapeExampleFields('regression'),
};

const MAX_TEXT = 300;
const LIMIT = 1e6;
/** The limits of each own number (inclusive). */
export const LANDSCAPE_LIMITS = {
  lr: [1e-6, 10],
  steps: [1, 2000],
  beta: [0, 0.99],
  adamLr: [1e-5, 1],
  batch: [1, 4],
  seed: [0, 1e6],
} as const;

/**
 * Any candidate brought inside the rules: texts bounded, numbers finite, the box non-empty (a bad side falls back to
 * the example's), the start clamped into the box, each own number clamped into `LANDSCAPE_LIMITS` (steps, batch
 * and seed integers), the method bits in [0, 63].
 *
 * @example
 * ```ts
 * normalizeLandscapeState({ ...DEFAULT_LANDSCAPE_STATE, steps: 1e9 }).steps; // 2000
 * ```
 */
export function normalizeLandscapeState(
  candidate: Partial<Record<keyof LandscapeState, unknown>>,
  base = DEFAULT_LANDSCAPE_STATE,
): LandscapeState {
  const text = (v: unknown, fallback: string) =>
    typeof v === 'string' && v.length <= MAX_TEXT ? v : fallback;
  const num = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= LIMIT ? v + 0 : fallback;
  const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  const example = text(candidate.example, base.example);
  const own = landscapeExampleFields(landscapePresetById(example) ? example : base.example);
  let xMin = num(candidate.xMin, base.xMin);
  let xMax = num(candidate.xMax, base.xMax);
  if (!(xMin < xMax)) [xMin, xMax] = [own.xMin, own.xMax];
  let yMin = num(candidate.yMin, base.yMin);
  let yMax = num(candidate.yMax, base.yMax);
  if (!(yMin < yMax)) [yMin, yMax] = [own.yMin, own.yMax];
  const L = LANDSCAPE_LIMITS;
  return {
    preset: text(candidate.preset, base.preset),
    kind: candidate.kind === 'potential' || candidate.kind === 'ode' ? candidate.kind : base.kind,
    formula: text(candidate.formula, base.formula),
    direction:
      candidate.direction === 'descent' || candidate.direction === 'ascent'
        ? candidate.direction
        : base.direction,
    x0: num(candidate.x0, base.x0),
    eta: num(candidate.eta, base.eta) > 0 ? num(candidate.eta, base.eta) : base.eta,
    ...normalizeParameterFields(candidate, base),
    example: landscapePresetById(example) ? example : 'custom',
    loss: text(candidate.loss, base.loss),
    xMin,
    xMax,
    yMin,
    yMax,
    sx: clamp(num(candidate.sx, base.sx), [xMin, xMax]),
    sy: clamp(num(candidate.sy, base.sy), [yMin, yMax]),
    lr: clamp(num(candidate.lr, base.lr), L.lr),
    steps: Math.round(clamp(num(candidate.steps, base.steps), L.steps)),
    beta: clamp(num(candidate.beta, base.beta), L.beta),
    adamLr: clamp(num(candidate.adamLr, base.adamLr), L.adamLr),
    methods: Math.round(clamp(num(candidate.methods, base.methods), [0, 63])),
    batch: Math.round(clamp(num(candidate.batch, base.batch), L.batch)),
    seed: Math.round(clamp(num(candidate.seed, base.seed), L.seed)),
  };
}
