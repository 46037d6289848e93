import { readNumber, readShared, type SharedState, writeShared } from '../../../state/shared-state.ts';
import { DEFAULT_MAP_STATE, type MapState, normalizeMapState, presetFields } from './map-state.ts';
import { mapPresetById } from './presets.ts';

/** The map view's own query parameters (the shared ones are in `SHARED_PARAMS`). */
export const MAP_PARAMS = {
  method: 'm',
  hMin: 'ha',
  hMax: 'hb',
  xMin: 'xa',
  xMax: 'xb',
  steps: 'n',
} as const satisfies Record<Exclude<keyof MapState, keyof SharedState>, string>;

/**
 * The map state as a query string: the shared fields, then the own ones (numbers as `String(n)`).
 *
 * @example
 * ```ts
 * encodeMapState(DEFAULT_MAP_STATE); // 'p=logistic&kind=ode&f=x+*+%281+-+x%29&dir=ascent&x0=0.3&eta=1.5&m=euler&ha=1&…'
 * ```
 */
export function encodeMapState(state: MapState): string {
  const params = new URLSearchParams();
  writeShared(state, params);
  for (const [field, name] of Object.entries(MAP_PARAMS) as [keyof MapState, string][]) {
    params.set(name, String(state[field]));
  }
  return params.toString();
}

/**
 * A map state from any query string: missing fields take the named example's values (or the default's), anything
 * unreadable is repaired by normalization.
 *
 * @example
 * ```ts
 * decodeMapState(new URLSearchParams('p=square&eta=0.9')).hMax; // 1.3 (the x² example's η range)
 * ```
 */
export function decodeMapState(params: URLSearchParams): MapState {
  const own: Partial<Record<keyof MapState, unknown>> = {};
  for (const [field, name] of Object.entries(MAP_PARAMS) as [keyof MapState, string][]) {
    const text = params.get(name);
    if (text === null) continue;
    own[field] = field === 'method' ? text : readNumber(text);
  }
  const shared = readShared(params);
  const preset =
    typeof shared.preset === 'string' && mapPresetById(shared.preset) ? shared.preset : undefined;
  const example = preset ? mapPresetById(preset)! : undefined;
  const base = example
    ? normalizeMapState({
        ...DEFAULT_MAP_STATE,
        preset: example.id,
        kind: example.kind,
        formula: example.formula,
        direction: example.direction,
        x0: example.x0,
        eta: example.eta,
        ...presetFields(example.id),
      })
    : DEFAULT_MAP_STATE;
  return normalizeMapState({ ...base, ...shared, ...own }, base);
}
