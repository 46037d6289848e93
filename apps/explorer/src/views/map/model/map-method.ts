import { type ButcherTableau, EULER_TABLEAU, RK4_TABLEAU } from '@phaseflow/ode';
import type { MapMethod } from '../state/map-state.ts';

/** The tableau of a map-view method. */
export function mapTableau(method: MapMethod): ButcherTableau {
  return method === 'rk4' ? RK4_TABLEAU : EULER_TABLEAU;
}
