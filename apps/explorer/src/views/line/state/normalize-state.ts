import { normalizeParameterFields } from '../../../state/parameter-action.ts';
import {
  DIRECTIONS,
  FORMULA_KINDS,
  LIMITS,
  type LineState,
  type PresetId,
  REFERENCE_METHODS,
} from './line-state.ts';
import { PRESETS } from './presets.ts';

/**
 * Longer formula text is cut here, only to bound memory. Anything longer than the formula package's limit (1,000
 * characters) is kept as typed but refused by the parser with an inline error, and the shell keeps such a state out
 * of the address bar (links stay under MAX_URL_LENGTH), saying so.
 */
export const MAX_STATE_FORMULA_LENGTH = 1_000_000;

const PRESET_IDS: readonly PresetId[] = [...PRESETS.map((p) => p.id), 'custom'];

// `+ 0` turns −0 into 0, which is what String() writes to the URL anyway.
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value)) + 0;
const finiteOr = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const oneOf = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * Brings a candidate state inside the rules: every number finite and within `LIMITS`, `steps` and `focus`
 * integers, `xMin < xMax`, x0 inside the window, `focus ≤ steps`, enumerations valid. Fields that cannot be
 * repaired take the value from `fallback`. Idempotent: normalizing a normalized state returns an equal state.
 *
 * @example
 * ```ts
 * normalizeState({ ...DEFAULT_STATE, eta: -1, steps: 2.7, focus: 99 }, DEFAULT_STATE);
 * // { ...DEFAULT_STATE, eta: 0.0001, steps: 3, focus: 3 }
 * ```
 */
export function normalizeState(candidate: Partial<Record<keyof LineState, unknown>>, fallback: LineState) {
  let xMin = finiteOr(candidate.xMin, fallback.xMin);
  let xMax = finiteOr(candidate.xMax, fallback.xMax);
  xMin = clamp(xMin, -LIMITS.xSpan.max, LIMITS.xSpan.max);
  xMax = clamp(xMax, -LIMITS.xSpan.max, LIMITS.xSpan.max);
  if (!(xMax - xMin >= LIMITS.xSpan.min)) {
    xMin = fallback.xMin;
    xMax = fallback.xMax;
  }
  const steps = Math.round(
    clamp(finiteOr(candidate.steps, fallback.steps), LIMITS.steps.min, LIMITS.steps.max),
  );
  const formula = typeof candidate.formula === 'string' ? candidate.formula : fallback.formula;
  const state: LineState = {
    preset: oneOf(candidate.preset, PRESET_IDS, fallback.preset),
    kind: oneOf(candidate.kind, FORMULA_KINDS, fallback.kind),
    formula: formula.slice(0, MAX_STATE_FORMULA_LENGTH),
    direction: oneOf(candidate.direction, DIRECTIONS, fallback.direction),
    x0: clamp(finiteOr(candidate.x0, fallback.x0), xMin, xMax),
    eta: clamp(finiteOr(candidate.eta, fallback.eta), LIMITS.eta.min, LIMITS.eta.max),
    steps,
    decay: clamp(finiteOr(candidate.decay, fallback.decay), LIMITS.decay.min, LIMITS.decay.max),
    momentum: clamp(
      finiteOr(candidate.momentum, fallback.momentum),
      LIMITS.momentum.min,
      LIMITS.momentum.max,
    ),
    method: oneOf(candidate.method, REFERENCE_METHODS, fallback.method),
    xMin,
    xMax,
    focus: Math.round(clamp(finiteOr(candidate.focus, fallback.focus), 0, steps)),
    ...normalizeParameterFields(candidate, fallback),
  };
  return state;
}
