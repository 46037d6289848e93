import { readNumber, readShared, type SharedState, writeShared } from '../../../state/shared-state.ts';
import {
  DEFAULT_PLANE_STATE,
  exampleFields,
  exampleParameters,
  normalizePlaneState,
  type PlaneState,
} from './plane-state.ts';
import { planePresetById } from './presets.ts';

/** The plane view's own query parameters (the shared ones are in `SHARED_PARAMS`). */
export const PLANE_PARAMS = {
  example: 'ex',
  fx: 'fx',
  fy: 'fy',
  xMin: 'xa',
  xMax: 'xb',
  yMin: 'ya',
  yMax: 'yb',
  tx: 'tx',
  ty: 'ty',
  span: 'T',
  separatrices: 'sep',
  h: 'h',
} as const satisfies Record<Exclude<keyof PlaneState, keyof SharedState>, string>;

const TEXT = new Set<string>(['example', 'fx', 'fy']);

/**
 * The plane state as a query string: shared fields first, then the own ones (numbers as `String(n)`, which reads
 * back as the same double).
 *
 * @example
 * ```ts
 * encodePlaneState(DEFAULT_PLANE_STATE); // 'p=logistic&…&ex=pendulum-damped&fx=y&fy=-sin%28x%29+-+0.5*y&…'
 * ```
 */
export function encodePlaneState(state: PlaneState): string {
  const params = new URLSearchParams();
  writeShared(state, params);
  for (const [field, name] of Object.entries(PLANE_PARAMS) as [keyof PlaneState, string][]) {
    params.set(name, String(state[field]));
  }
  return params.toString();
}

/**
 * A plane state from any query string: a missing field takes the example's value (or the default's), anything
 * unreadable is repaired by normalization.
 *
 * @example
 * ```ts
 * decodePlaneState(new URLSearchParams('ex=van-der-pol')).fy; // 'mu*(1 - x^2)*y - x'
 * ```
 */
export function decodePlaneState(params: URLSearchParams): PlaneState {
  const own: Partial<Record<keyof PlaneState, unknown>> = {};
  for (const [field, name] of Object.entries(PLANE_PARAMS) as [keyof PlaneState, string][]) {
    const text = params.get(name);
    if (text === null) continue;
    own[field] = TEXT.has(field) ? text : readNumber(text);
  }
  // Fields the link leaves out take the named example's values (its box and start go with its system).
  const example =
    typeof own.example === 'string' && planePresetById(own.example)
      ? own.example
      : DEFAULT_PLANE_STATE.example;
  const base = normalizePlaneState({
    ...DEFAULT_PLANE_STATE,
    ...exampleFields(example),
    ...exampleParameters(example),
  });
  return normalizePlaneState({ ...base, ...readShared(params), ...own }, base);
}
