import { readNumber, readShared, type SharedState, writeShared } from '../../../state/shared-state.ts';
import type { LineState } from './line-state.ts';
import { normalizeState } from './normalize-state.ts';
import { DEFAULT_STATE, presetById, presetState } from './presets.ts';

/** The line view's own query parameters (the shared ones are in `SHARED_PARAMS`); short, since links are shared. */
export const LINE_PARAMS = {
  steps: 'n',
  decay: 'decay',
  momentum: 'beta',
  method: 'method',
  xMin: 'xmin',
  xMax: 'xmax',
  focus: 'k',
} as const satisfies Record<Exclude<keyof LineState, keyof SharedState>, string>;

const NUMERIC = new Set<keyof LineState>(['steps', 'decay', 'momentum', 'xMin', 'xMax', 'focus']);

/**
 * Writes the whole line state as a query string: the shared fields, the parameters (`par.<name>`), then the line
 * view's own fields. Numbers use `String(n)`, the shortest text that reads back as the same double, so
 * `decodeState(encodeState(s))` equals `s` exactly. (The app puts `view=line` in front.)
 *
 * @example
 * ```ts
 * encodeState(DEFAULT_STATE);
 * // 'p=logistic&kind=ode&f=x+*+%281+-+x%29&dir=ascent&x0=0.1&eta=0.5&n=20&decay=1&beta=0&method=rk4&xmin=-0.5&xmax=1.5&k=0'
 * ```
 */
export function encodeState(state: LineState): string {
  const params = new URLSearchParams();
  writeShared(state, params);
  for (const [field, name] of Object.entries(LINE_PARAMS) as [keyof LineState, string][]) {
    params.set(name, String(state[field]));
  }
  return params.toString();
}

/**
 * Reads a line state from a query string (with or without the leading `?`). Anything missing or unreadable takes
 * the value of the named preset's view (the default view when there is none), so any URL gives a valid state.
 *
 * @example
 * ```ts
 * decodeState('?p=square&eta=0.3').eta;       // 0.3
 * decodeState('?eta=banana').eta;             // 0.5 (the default view's)
 * decodeState('').formula;                    // 'x * (1 - x)'
 * ```
 */
export function decodeState(search: string | URLSearchParams): LineState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const shared = readShared(params);
  const presetParam = typeof shared.preset === 'string' ? shared.preset : '';
  const preset = presetById(presetParam);
  const base = preset ? presetState(preset) : DEFAULT_STATE;
  const candidate: Partial<Record<keyof LineState, unknown>> = { ...shared };
  for (const [field, name] of Object.entries(LINE_PARAMS) as [keyof LineState, string][]) {
    const text = params.get(name);
    if (text === null) continue;
    candidate[field] = NUMERIC.has(field) ? readNumber(text) : text;
  }
  const state = normalizeState(
    { ...base, ...candidate, preset: presetParam === 'custom' ? 'custom' : base.preset },
    base,
  );
  // A preset's name with another formula (or a `custom` link) is a custom view.
  const own = presetById(state.preset);
  const isPresetOwn = own !== undefined && own.formula === state.formula && own.kind === state.kind;
  return isPresetOwn || state.preset === 'custom' ? state : { ...state, preset: 'custom' };
}
