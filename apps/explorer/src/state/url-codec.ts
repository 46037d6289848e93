import type { ExplorerState } from './explorer-state.ts';
import { normalizeState } from './normalize-state.ts';
import { DEFAULT_STATE, presetById, presetState } from './presets.ts';

/** The query parameter of each state field; short, since the URL is meant to be shared. */
const PARAMS = {
  preset: 'p',
  kind: 'kind',
  formula: 'f',
  direction: 'dir',
  x0: 'x0',
  eta: 'eta',
  steps: 'n',
  decay: 'decay',
  momentum: 'beta',
  method: 'method',
  xMin: 'xmin',
  xMax: 'xmax',
  focus: 'k',
} as const satisfies Record<keyof ExplorerState, string>;

const NUMERIC = new Set<keyof ExplorerState>([
  'x0',
  'eta',
  'steps',
  'decay',
  'momentum',
  'xMin',
  'xMax',
  'focus',
]);

/**
 * Writes the whole state as a query string. Numbers use `String(n)`, the shortest text that reads back as the
 * same double, so `decodeState(encodeState(s))` equals `s` exactly.
 *
 * @example
 * ```ts
 * encodeState(DEFAULT_STATE);
 * // 'p=logistic&kind=ode&f=x+*+%281+-+x%29&dir=ascent&x0=0.1&eta=0.5&n=20&decay=1&beta=0&method=rk4&xmin=-0.5&xmax=1.5&k=0'
 * ```
 */
export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(PARAMS) as [keyof ExplorerState, string][]) {
    params.set(name, String(state[field]));
  }
  return params.toString();
}

/**
 * Reads a state from a query string (with or without the leading `?`). Anything missing or unreadable takes the
 * value of the named preset's view (the default view when there is none), so any URL gives a valid state.
 *
 * @example
 * ```ts
 * decodeState('?p=square&eta=0.3').eta;       // 0.3
 * decodeState('?eta=banana').eta;             // 0.5 (the default view's)
 * decodeState('').formula;                    // 'x * (1 - x)'
 * ```
 */
export function decodeState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const presetParam = params.get(PARAMS.preset) ?? '';
  const preset = presetById(presetParam);
  const base = preset ? presetState(preset) : DEFAULT_STATE;
  const candidate: Partial<Record<keyof ExplorerState, unknown>> = {};
  for (const [field, name] of Object.entries(PARAMS) as [keyof ExplorerState, string][]) {
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

function readNumber(text: string): number {
  // Number('') is 0 and Number(' 1 ') is 1; a shared link should say what it means, so only plain numerals count.
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
}
