import type { LineState } from '../views/line/state/line-state.ts';
import { normalizeState } from '../views/line/state/normalize-state.ts';
import { DEFAULT_STATE, presetById, presetState } from '../views/line/state/presets.ts';
import { encodeState } from '../views/line/state/url-codec.ts';

/** What a step changes in the explorer's state; the rest comes from `preset`'s view (the default view without one). */
export type ExplorerParams = Partial<LineState>;

/**
 * The explorer page's address for a step, relative to the walkthrough (both pages sit side by side), in the
 * explorer's own URL format (`encodeState`), so the explorer opens exactly on the step's state.
 *
 * @example
 * ```ts
 * explorerHref({ preset: 'logistic', x0: 0.2 });
 * // './?p=logistic&kind=ode&f=x+*+%281+-+x%29&dir=ascent&x0=0.2&eta=0.5&n=20&…'
 * ```
 */
export function explorerHref(params: ExplorerParams): string {
  return `./?${encodeState(explorerState(params))}`;
}

/**
 * The complete explorer state for a step's parameters: the preset's view with the parameters on top, brought
 * inside the explorer's rules (a custom formula makes the preset `custom`).
 *
 * @example
 * ```ts
 * explorerState({ preset: 'logistic', eta: 0.25 }).steps; // 20 (the logistic view's)
 * ```
 */
export function explorerState(params: ExplorerParams): LineState {
  const preset = params.preset === undefined ? undefined : presetById(params.preset);
  const base = preset === undefined ? DEFAULT_STATE : presetState(preset);
  return normalizeState({ ...base, ...params }, base);
}
