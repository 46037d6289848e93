import type { ButcherTableau } from './tableau.ts';

/**
 * An explicit Runge–Kutta pair with an embedded error estimate and a continuous extension (dense output), as the
 * adaptive engine runs it. It is a {@link ButcherTableau} whose `bHat` and `orderHat` are present, plus the data of
 * the interpolant, so one object is the single source of truth for every coefficient a kernel uses.
 */
export interface EmbeddedTableau extends ButcherTableau {
  readonly bHat: readonly number[];
  readonly orderHat: number;
  readonly fsal: true;
  /** Weights of a second, lower-order embedded solution (DOP853's third-order one); absent for dopri5. */
  readonly bHatLow?: readonly number[];
  /** Extra stages the interpolant needs beyond the step's own (DOP853 needs three): their c and A rows. */
  readonly denseC: readonly number[];
  readonly denseA: readonly (readonly number[])[];
  /** Rows of interpolant weights applied to all stages (step stages, the FSAL stage, then the extra ones). */
  readonly denseD: readonly (readonly number[])[];
  /** The power of h the error estimate scales like: the step controller uses err^(1/errorOrder − 0.75·controlBeta). */
  readonly errorOrder: number;
  /** Gain of the PI controller's proportional term (Hairer's BETA: 0.04 for DOPRI5, 0 for DOP853). */
  readonly controlBeta: number;
  /** Where the stability region ends on the negative axis, for the stiffness test (Hairer: 3.25 and 6.1). */
  readonly stiffnessThreshold: number;
}
