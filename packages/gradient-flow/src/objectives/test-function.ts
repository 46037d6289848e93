import type { ScalarObjective, SystemObjective } from '../objective.ts';

/** A scalar test function: an objective with its derivatives and its known local minimizers. */
export interface ScalarTestFunction extends Required<ScalarObjective> {
  readonly name: string;
  /** Local minimizers (for periodic functions, those listed in the factory's documentation). */
  readonly minimizers: readonly number[];
  /** The global minimum value, or `undefined` when F is unbounded below. */
  readonly minimum: number | undefined;
}

/** An n-D test function: an objective with gradient and Hessian and its known local minimizers. */
export interface SystemTestFunction extends Required<SystemObjective> {
  readonly name: string;
  readonly dim: number;
  readonly minimizers: readonly (readonly number[])[];
  readonly minimum: number | undefined;
}
