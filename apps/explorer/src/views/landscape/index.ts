import { defineView } from '../../app/view-definition.ts';
import {
  DEFAULT_LANDSCAPE_STATE,
  type LandscapeAction,
  type LandscapeState,
  normalizeLandscapeState,
} from './state/landscape-state.ts';
import { updateLandscapeState } from './state/update-landscape-state.ts';
import { decodeLandscapeState, encodeLandscapeState, LANDSCAPE_PARAMS } from './state/url-codec.ts';

/**
 * The landscape view: a typed loss F(x, y) with the gradient flow and the iterates of gradient descent, heavy ball,
 * Nesterov and Adam from one start, the Hessian's readouts at the critical points, loss against iteration,
 * momentum as a heavy ball with its (η, β) rate map, and the basin map. Its element is `<pf-landscape-view>`,
 * loaded on first show.
 */
export const landscapeView = defineView<LandscapeState, LandscapeAction>({
  id: 'landscape',
  label: 'Landscape',
  description: 'A loss F(x, y): gradient descent, momentum and Adam beside the flow they discretize.',
  tag: 'pf-landscape-view',
  load: () => import('./pf-landscape-view.ts'),
  ownParams: LANDSCAPE_PARAMS,
  decode: (params) => decodeLandscapeState(params),
  encode: encodeLandscapeState,
  // The landscape has its own loss: the shared fields are carried unchanged for the other views (the loss's
  // parameters live in the shared `params`; one it lacks takes its example's value).
  adopt: (previous, shared) => {
    const base = previous ?? DEFAULT_LANDSCAPE_STATE;
    // The loss's own parameters (κ) stay unless the other view set them too.
    const params = { ...base.params, ...shared.params };
    const paramBounds = { ...base.paramBounds, ...shared.paramBounds };
    return normalizeLandscapeState({ ...base, ...shared, params, paramBounds }, base);
  },
  update: updateLandscapeState,
});
