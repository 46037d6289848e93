export type { AdaptiveOptions } from './adaptive-methods.ts';
export { dop853, dopri5 } from './adaptive-methods.ts';
export type { BlowUpOptions, BlowUpResult, BlowUpStatus } from './analysis/blow-up-time.ts';
export { blowUpTime } from './analysis/blow-up-time.ts';
export type {
  ClassifyEquilibriumOptions,
  EquilibriumClassification,
  EquilibriumKind,
  FlowSign,
} from './analysis/classify-equilibrium.ts';
export { classifyEquilibrium } from './analysis/classify-equilibrium.ts';
export type {
  ClassifyFixedPointOptions,
  FixedPointClassification,
  FixedPointKind,
} from './analysis/classify-fixed-point.ts';
export { classifyFixedPoint } from './analysis/classify-fixed-point.ts';
export type { Eigenvalues } from './analysis/eigenvalues.ts';
export { eigenvalues } from './analysis/eigenvalues.ts';
export type { EquilibriaResult, FindEquilibriaOptions } from './analysis/find-equilibria.ts';
export { findEquilibria } from './analysis/find-equilibria.ts';
export type { JacobianOptions } from './analysis/jacobian.ts';
export { jacobian } from './analysis/jacobian.ts';
export type { Equilibrium, EquilibriumInterval, Jump } from './analysis/locate-equilibria.ts';
export type {
  FlowBoundary,
  FlowInterval,
  PhaseLine,
  PhaseLineEquilibrium,
  PhaseLineOptions,
} from './analysis/phase-line.ts';
export { phaseLine } from './analysis/phase-line.ts';
export type { NonFiniteRegion } from './analysis/sample-grid.ts';
export type { SymmetricEigen } from './analysis/symmetric-eigen.ts';
export { symmetricEigen } from './analysis/symmetric-eigen.ts';
export type { AdaptiveMethod, FixedStepMethod, Method } from './engine/method.ts';
export type {
  DenseOutput,
  EventHit,
  ScalarSolution,
  Solution,
  SolveStatus,
  SystemSolution,
} from './engine/solution.ts';
export { solve } from './engine/solve.ts';
export type { FamilySolution, SolveManyOptions } from './engine/solve-many.ts';
export { solveMany } from './engine/solve-many.ts';
export type { EventSpec, SolveOptions } from './engine/solve-options.ts';
export type { Stepper } from './engine/stepper.ts';
export { init } from './engine/stepper.ts';
export type { PhaseflowErrorCode } from './errors.ts';
export { PhaseflowError } from './errors.ts';
export type { FixedStepOptions } from './fixed-step-methods.ts';
export { euler, heun, midpoint, rk4 } from './fixed-step-methods.ts';
export type { Problem, ScalarProblem, ScalarRhs, SystemProblem, SystemRhs } from './problem.ts';
export { DOP853_TABLEAU } from './tableaus/dop853.ts';
export { DOPRI5_TABLEAU } from './tableaus/dopri5.ts';
export type { EmbeddedTableau } from './tableaus/embedded-tableau.ts';
export { EULER_TABLEAU } from './tableaus/euler.ts';
export { HEUN_TABLEAU } from './tableaus/heun.ts';
export { MIDPOINT_TABLEAU } from './tableaus/midpoint.ts';
export { RK4_TABLEAU } from './tableaus/rk4.ts';
export type { ButcherTableau } from './tableaus/tableau.ts';
