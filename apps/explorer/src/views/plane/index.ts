import { defineView } from '../../app/view-definition.ts';
import {
  DEFAULT_PLANE_STATE,
  normalizePlaneState,
  type PlaneAction,
  type PlaneState,
  updatePlaneState,
} from './state/plane-state.ts';
import { decodePlaneState, encodePlaneState, PLANE_PARAMS } from './state/url-codec.ts';

/**
 * The plane view: a typed two-variable system with its direction field, nullclines, fixed points by kind,
 * separatrices, traced trajectories and limit cycles. Its element is `<pf-plane-view>`, loaded on first show.
 */
export const planeView = defineView<PlaneState, PlaneAction>({
  id: 'plane',
  label: 'Plane',
  description: 'Two variables: the phase portrait of x′ = f(x, y), y′ = g(x, y).',
  tag: 'pf-plane-view',
  load: () => import('./pf-plane-view.ts'),
  ownParams: PLANE_PARAMS,
  decode: (params) => decodePlaneState(params),
  encode: encodePlaneState,
  // The plane has its own system: the shared fields are carried unchanged for the other views.
  adopt: (previous, shared) =>
    normalizePlaneState({ ...(previous ?? DEFAULT_PLANE_STATE), ...shared }, previous ?? DEFAULT_PLANE_STATE),
  update: updatePlaneState,
});
