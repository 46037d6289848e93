import { readNumber, readShared, type SharedState, writeShared } from '../../../state/shared-state.ts';
import {
  DEFAULT_LANDSCAPE_STATE,
  type LandscapeState,
  landscapeExampleFields,
  normalizeLandscapeState,
} from './landscape-state.ts';
import { landscapePresetById } from './presets.ts';

/** The landscape view's own query parameters (the shared ones, and `par.<name>` for the loss's parameters, aside). */
export const LANDSCAPE_PARAMS = {
  example: 'ex',
  loss: 'F',
  xMin: 'xa',
  xMax: 'xb',
  yMin: 'ya',
  yMax: 'yb',
  sx: 'sx',
  sy: 'sy',
  lr: 'lr',
  steps: 'n',
  beta: 'beta',
  adamLr: 'alr',
  methods: 'm',
  batch: 'bs',
  seed: 'seed',
} as const satisfies Record<Exclude<keyof LandscapeState, keyof SharedState>, string>;

const TEXT = new Set<string>(['example', 'loss']);

/**
 * The landscape state as a query string: shared fields first, then the own ones (numbers as `String(n)`, which
 * reads back as the same double).
 *
 * @example
 * ```ts
 * encodeLandscapeState(DEFAULT_LANDSCAPE_STATE); // 'p=logistic&…&ex=regression&F=…&lr=0.01&n=500&…'
 * ```
 */
export function encodeLandscapeState(state: LandscapeState): string {
  const params = new URLSearchParams();
  writeShared(state, params);
  for (const [field, name] of Object.entries(LANDSCAPE_PARAMS) as [keyof LandscapeState, string][]) {
    params.set(name, String(state[field]));
  }
  return params.toString();
}

/**
 * A landscape state from any query string: a missing field takes the named example's value (or the default's),
 * anything unreadable is repaired by normalization.
 *
 * @example
 * ```ts
 * decodeLandscapeState(new URLSearchParams('ex=rosenbrock')).loss; // '(1 - x)^2 + 100*(y - x^2)^2'
 * ```
 */
export function decodeLandscapeState(params: URLSearchParams): LandscapeState {
  const own: Partial<Record<keyof LandscapeState, unknown>> = {};
  for (const [field, name] of Object.entries(LANDSCAPE_PARAMS) as [keyof LandscapeState, string][]) {
    const text = params.get(name);
    if (text === null) continue;
    own[field] = TEXT.has(field) ? text : readNumber(text);
  }
  const preset = typeof own.example === 'string' ? landscapePresetById(own.example) : undefined;
  const example = preset?.id ?? DEFAULT_LANDSCAPE_STATE.example;
  const base = normalizeLandscapeState({
    ...DEFAULT_LANDSCAPE_STATE,
    ...landscapeExampleFields(example),
    // A short link naming only the example takes its parameters too; a full link (with F=) holds its own.
    params: own.loss === undefined ? { ...(landscapePresetById(example)?.params ?? {}) } : {},
    paramBounds: own.loss === undefined ? { ...(landscapePresetById(example)?.paramBounds ?? {}) } : {},
  });
  return normalizeLandscapeState({ ...base, ...readShared(params), ...own }, base);
}
