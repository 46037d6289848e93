import { checkRange, NO_BOUNDS, normalizeBounds, type ParameterBounds } from './parameter-bounds.ts';
import { type FormulaParameters, normalizeParams, type SharedState } from './shared-state.ts';

/** The value a parameter has until a slider or a link sets it. */
export const DEFAULT_PARAMETER_VALUE = 1;

/**
 * What the parameter sliders ask for, in every view: move one parameter, or give its slider a new range (`min <
 * max`, checked by the sliders before sending; the state refuses anything else all the same).
 */
export type ParameterAction =
  | { readonly type: 'param'; readonly name: string; readonly value: number }
  | { readonly type: 'param-bounds'; readonly name: string; readonly min: number; readonly max: number };

/** The two parameter fields of a state. */
export interface ParameterFields {
  readonly params: FormulaParameters;
  readonly paramBounds: ParameterBounds;
}

/**
 * The parameter fields brought inside the rules: values as `normalizeParams` keeps them, ranges as
 * `normalizeBounds` keeps them, and each parameter with a chosen range holding a value inside it (clamped; a
 * parameter without a value gets 1, clamped), so a slider never shows a value outside its own range. Fields that
 * do not change keep their identity. Idempotent.
 *
 * @example
 * ```ts
 * normalizeParameterFields({ params: { K: 8 }, paramBounds: { K: { min: 0, max: 5 } } }, DEFAULT_STATE);
 * // { params: { K: 5 }, paramBounds: { K: { min: 0, max: 5 } } }
 * ```
 */
export function normalizeParameterFields(
  candidate: { readonly params?: unknown; readonly paramBounds?: unknown },
  fallback: Pick<SharedState, 'params' | 'paramBounds'>,
): ParameterFields {
  const previousBounds = fallback.paramBounds ?? NO_BOUNDS;
  const values = normalizeParams(candidate.params ?? fallback.params, fallback.params);
  let bounds = normalizeBounds(candidate.paramBounds ?? previousBounds, previousBounds);
  const names = Object.keys(bounds);
  if (names.length === 0) return { params: values, paramBounds: bounds };
  const merged: Record<string, number> = Object.assign(Object.create(null), values);
  for (const name of names) {
    const { min, max } = bounds[name]!;
    const value = Object.hasOwn(merged, name) ? merged[name]! : DEFAULT_PARAMETER_VALUE;
    merged[name] = Math.min(max, Math.max(min, value));
  }
  const params = normalizeParams(merged, fallback.params);
  // A range whose parameter did not fit in the link's parameter budget goes with it.
  if (names.some((name) => !Object.hasOwn(params, name))) {
    const kept = Object.fromEntries(names.filter((n) => Object.hasOwn(params, n)).map((n) => [n, bounds[n]]));
    bounds = normalizeBounds(kept, previousBounds);
  }
  return { params, paramBounds: bounds };
}

/**
 * The parameter fields after a slider's action, before normalization (the view normalizes its whole state).
 * A non-finite value or an unusable range changes nothing.
 *
 * @example
 * ```ts
 * applyParameterAction(DEFAULT_STATE, { type: 'param', name: 'r', value: 2 }).params; // { r: 2 }
 * ```
 */
export function applyParameterAction(
  state: SharedState,
  action: ParameterAction,
): { readonly params: FormulaParameters; readonly paramBounds: ParameterBounds } {
  const bounds = state.paramBounds ?? NO_BOUNDS;
  if (action.type === 'param') {
    if (!Number.isFinite(action.value)) return { params: state.params, paramBounds: bounds };
    // No prototype: a parameter is only a name.
    const params: Record<string, number> = Object.assign(Object.create(null), state.params);
    params[action.name] = action.value;
    return { params, paramBounds: bounds };
  }
  if (checkRange(action.min, action.max).error !== undefined)
    return { params: state.params, paramBounds: bounds };
  const paramBounds: Record<string, { min: number; max: number }> = Object.assign(
    Object.create(null),
    bounds,
  );
  paramBounds[action.name] = { min: action.min, max: action.max };
  return { params: state.params, paramBounds };
}

/**
 * Whether an action is one of the parameter sliders'.
 *
 * @example
 * ```ts
 * isParameterAction({ type: 'param', name: 'r', value: 2 }); // true
 * ```
 */
export function isParameterAction(action: unknown): action is ParameterAction {
  const type = (action as { type?: unknown } | null)?.type;
  return type === 'param' || type === 'param-bounds';
}
