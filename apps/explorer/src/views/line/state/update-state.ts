import { applyParameterAction, type ParameterAction } from '../../../state/parameter-action.ts';
import { sameBounds } from '../../../state/parameter-bounds.ts';
import { sameParams } from '../../../state/shared-state.ts';
import type { Direction, FormulaKind, LineState, PresetId, ReferenceMethod } from './line-state.ts';
import { normalizeState } from './normalize-state.ts';
import { presetById, presetState } from './presets.ts';

/** The numeric fields a slider or number box sets. */
export type NumericField = 'x0' | 'eta' | 'steps' | 'decay' | 'momentum' | 'xMin' | 'xMax' | 'focus';

/** A change the user asked for; leaf components send these as typed events and the root applies them. */
export type LineAction =
  | { readonly type: 'preset'; readonly preset: PresetId }
  | { readonly type: 'number'; readonly field: NumericField; readonly value: number }
  | { readonly type: 'direction'; readonly direction: Direction }
  | { readonly type: 'method'; readonly method: ReferenceMethod }
  | { readonly type: 'formula'; readonly kind: FormulaKind; readonly formula: string }
  | ParameterAction;

/**
 * Applies one action to the state, purely: the result is a new normalized state, or the same object when the
 * action changes nothing (so the caller can skip work). Choosing a preset resets every field to that preset's
 * view; editing the formula makes the view `custom` unless the text and kind are the preset's own.
 *
 * @example
 * ```ts
 * updateState(DEFAULT_STATE, { type: 'number', field: 'eta', value: 0.25 }).eta; // 0.25
 * updateState(DEFAULT_STATE, { type: 'preset', preset: 'square' }).formula;   // 'x^2'
 * updateState(DEFAULT_STATE, { type: 'formula', kind: 'ode', formula: 'sin(x)' }).preset; // 'custom'
 * ```
 */
export function updateState(state: LineState, action: LineAction): LineState {
  let next: LineState;
  switch (action.type) {
    case 'preset': {
      const preset = presetById(action.preset);
      if (!preset) return state;
      next = presetState(preset);
      break;
    }
    case 'number':
      if (!Number.isFinite(action.value)) return state;
      next = normalizeState({ ...state, [action.field]: action.value }, state);
      break;
    case 'param':
    case 'param-bounds':
      next = normalizeState({ ...state, ...applyParameterAction(state, action) }, state);
      break;
    case 'direction':
      next = normalizeState({ ...state, direction: action.direction }, state);
      break;
    case 'method':
      next = normalizeState({ ...state, method: action.method }, state);
      break;
    case 'formula': {
      const own = presetById(state.preset);
      const isPresetOwn = own !== undefined && own.formula === action.formula && own.kind === action.kind;
      next = normalizeState(
        {
          ...state,
          kind: action.kind,
          formula: action.formula,
          preset: isPresetOwn ? state.preset : 'custom',
        },
        state,
      );
      break;
    }
  }
  return sameState(state, next) ? state : next;
}

/**
 * True when two states hold the same values field by field.
 *
 * @example
 * ```ts
 * sameState(DEFAULT_STATE, { ...DEFAULT_STATE }); // true
 * ```
 */
export function sameState(a: LineState, b: LineState): boolean {
  for (const key of Object.keys(a) as (keyof LineState)[]) {
    if (key === 'params') {
      if (!sameParams(a.params, b.params)) return false;
    } else if (key === 'paramBounds') {
      if (!sameBounds(a.paramBounds, b.paramBounds)) return false;
    } else if (!Object.is(a[key], b[key])) return false;
  }
  return true;
}
