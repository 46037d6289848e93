export type { FixedStepMethod, Method } from './engine/method.ts';
export type {
  DenseOutput,
  ScalarSolution,
  Solution,
  SolveStatus,
  SystemSolution,
} from './engine/solution.ts';
export type { SolveOptions } from './engine/solve.ts';
export { solve } from './engine/solve.ts';
export type { PhaseflowErrorCode } from './errors.ts';
export { PhaseflowError } from './errors.ts';
export type { FixedStepOptions } from './fixed-step-methods.ts';
export { euler, heun, midpoint, rk4 } from './fixed-step-methods.ts';
export type { Problem, ScalarProblem, ScalarRhs, SystemProblem, SystemRhs } from './problem.ts';
export { EULER_TABLEAU } from './tableaus/euler.ts';
export { HEUN_TABLEAU } from './tableaus/heun.ts';
export { MIDPOINT_TABLEAU } from './tableaus/midpoint.ts';
export { RK4_TABLEAU } from './tableaus/rk4.ts';
export type { ButcherTableau } from './tableaus/tableau.ts';
