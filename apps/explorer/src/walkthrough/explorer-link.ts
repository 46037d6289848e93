import type { LineState } from '../views/line/state/line-state.ts';
import { normalizeState } from '../views/line/state/normalize-state.ts';
import { DEFAULT_STATE, presetById, presetState } from '../views/line/state/presets.ts';
import { encodeState } from '../views/line/state/url-codec.ts';
import {
  DEFAULT_PLANE_STATE,
  normalizePlaneState,
  type PlaneState,
} from '../views/plane/state/plane-state.ts';
import { encodePlaneState } from '../views/plane/state/url-codec.ts';

/** What a step changes in the line view's state; the rest comes from `preset`'s view (the default without one). */
export type LineLink = Partial<LineState>;

/** A step shown in the plane view instead (a 2-D flow): the plane state's fields it sets, the rest the default's. */
export interface PlaneLink extends Partial<PlaneState> {
  readonly view: 'plane';
}

/** What a step changes in the explorer: the line view's state by default, or the plane view's. */
export type ExplorerParams = LineLink | PlaneLink;

/** Whether a step's link opens the plane view. */
export function isPlaneLink(params: ExplorerParams): params is PlaneLink {
  return (params as PlaneLink).view === 'plane';
}

/**
 * The complete plane state for a plane link, brought inside the plane view's rules.
 *
 * @example
 * ```ts
 * planeLinkState({ view: 'plane', fy: '-9.81*sin(x)', tx: 1 }).tx; // 1
 * ```
 */
export function planeLinkState(params: PlaneLink): PlaneState {
  const { view: _view, ...fields } = params;
  return normalizePlaneState({ ...DEFAULT_PLANE_STATE, ...fields }, DEFAULT_PLANE_STATE);
}

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
  if (isPlaneLink(params)) return `./?view=plane&${encodePlaneState(planeLinkState(params))}`;
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
export function explorerState(params: LineLink): LineState {
  const preset = params.preset === undefined ? undefined : presetById(params.preset);
  const base = preset === undefined ? DEFAULT_STATE : presetState(preset);
  return normalizeState({ ...base, ...params }, base);
}
