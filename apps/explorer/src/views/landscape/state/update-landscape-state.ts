import { applyParameterAction } from '../../../state/parameter-action.ts';
import {
  type LandscapeAction,
  type LandscapeState,
  landscapeExampleFields,
  normalizeLandscapeState,
} from './landscape-state.ts';
import { LANDSCAPE_PRESETS, landscapePresetById, METHOD_BITS } from './presets.ts';

/**
 * Applies an action; the same object when nothing changed. An example loads its loss, parameters, box, start and
 * methods; typing a loss makes it `custom` unless it is an example's exactly; a click on the landscape moves the
 * start; a toggle shows or hides one run.
 */
export function updateLandscapeState(state: LandscapeState, action: LandscapeAction): LandscapeState {
  let next: LandscapeState;
  switch (action.type) {
    case 'example': {
      const p = landscapePresetById(action.id);
      if (!p) return state;
      next = normalizeLandscapeState(
        {
          ...state,
          ...landscapeExampleFields(action.id),
          params: { ...state.params, ...p.params },
          paramBounds: { ...state.paramBounds, ...p.paramBounds },
        },
        state,
      );
      break;
    }
    case 'loss': {
      const match = LANDSCAPE_PRESETS.find((p) => p.loss === action.loss);
      next = normalizeLandscapeState({ ...state, loss: action.loss, example: match?.id ?? 'custom' }, state);
      break;
    }
    case 'number':
      next = normalizeLandscapeState({ ...state, [action.field]: action.value }, state);
      break;
    case 'toggle': {
      const bit = METHOD_BITS[action.method];
      if (bit === undefined) return state;
      next = normalizeLandscapeState(
        { ...state, methods: action.on ? state.methods | bit : state.methods & ~bit },
        state,
      );
      break;
    }
    case 'start':
      next = normalizeLandscapeState({ ...state, sx: action.x, sy: action.y }, state);
      break;
    case 'param':
    case 'param-bounds':
      next = normalizeLandscapeState({ ...state, ...applyParameterAction(state, action) }, state);
      break;
    default:
      return state;
  }
  return (Object.keys(next) as (keyof LandscapeState)[]).every((k) => Object.is(next[k], state[k]))
    ? state
    : next;
}
