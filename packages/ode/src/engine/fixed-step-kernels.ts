import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { HEUN_TABLEAU } from '../tableaus/heun.ts';
import { MIDPOINT_TABLEAU } from '../tableaus/midpoint.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { EULER_KERNELS } from './kernels/euler-kernel.ts';
import { HEUN_KERNELS } from './kernels/heun-kernel.ts';
import { MIDPOINT_KERNELS } from './kernels/midpoint-kernel.ts';
import { RK4_KERNELS } from './kernels/rk4-kernel.ts';

/** The generated kernels of one fixed-step tableau: single run and family, scalar and system. */
export type FixedStepKernels = typeof RK4_KERNELS;

const KERNELS = new Map<ButcherTableau, FixedStepKernels>([
  [EULER_TABLEAU, EULER_KERNELS],
  [HEUN_TABLEAU, HEUN_KERNELS],
  [MIDPOINT_TABLEAU, MIDPOINT_KERNELS],
  [RK4_TABLEAU, RK4_KERNELS],
]);

/** The generated kernels of a built-in tableau (looked up by identity), or undefined for any other tableau. */
export function fixedStepKernels(tableau: ButcherTableau): FixedStepKernels | undefined {
  return KERNELS.get(tableau);
}
