import { defineView } from '../../app/view-definition.ts';
import {
  DEFAULT_MAP_STATE,
  type MapAction,
  type MapState,
  normalizeMapState,
  updateMapState,
} from './state/map-state.ts';
import { mapPresetById } from './state/presets.ts';
import { decodeMapState, encodeMapState, MAP_PARAMS } from './state/url-codec.ts';

/**
 * The map view: the step map x ↦ Φ_η(x) of gradient descent (Euler) or RK4 on the shared formula, as a cobweb at
 * the current η and x0, and its orbit diagram over η with stability bands, period doublings and the Lyapunov
 * exponent. Its element is `<pf-map-view>`, loaded on first show.
 */
export const mapView = defineView<MapState, MapAction>({
  id: 'map',
  label: 'Step-size map',
  description: 'When the step is too big: the cobweb of the iterates and the orbit diagram over η.',
  tag: 'pf-map-view',
  load: () => import('./pf-map-view.ts'),
  ownParams: MAP_PARAMS,
  decode: (params) => decodeMapState(params),
  encode: encodeMapState,
  adopt(previous, shared) {
    const base = previous ?? DEFAULT_MAP_STATE;
    const own = mapPresetById(shared.preset);
    const isOwn = own !== undefined && own.formula === shared.formula && own.kind === shared.kind;
    // Coming from another view with a different formula: its own example's η range and window if it has one.
    const fields =
      isOwn && base.preset !== shared.preset
        ? { hMin: own.hMin, hMax: own.hMax, xMin: own.xMin, xMax: own.xMax }
        : {};
    return normalizeMapState(
      { ...base, ...shared, ...fields, preset: isOwn ? shared.preset : 'custom' },
      base,
    );
  },
  update: updateMapState,
});
