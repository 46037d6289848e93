import type { ScalarProblem, SystemProblem } from '../src/index.ts';

/** Test problems with closed-form solutions, in both the scalar and the system form where that makes sense. */
export interface ExactCase {
  name: string;
  scalar?: ScalarProblem & { exact: (t: number) => number };
  system: SystemProblem & { exact: (t: number) => number[] };
}

const logisticExact = (x0: number) => (t: number) => x0 / (x0 + (1 - x0) * Math.exp(-t));

export const EXACT_CASES: ExactCase[] = [
  {
    name: "x' = x",
    scalar: { f: (x) => x, x0: 1, t1: 1, exact: (t) => Math.exp(t) },
    system: {
      f: (x, _t, dxdt) => {
        dxdt[0] = x[0]!;
      },
      x0: [1],
      t1: 1,
      exact: (t) => [Math.exp(t)],
    },
  },
  {
    name: "logistic x' = x(1 - x)",
    scalar: { f: (x) => x * (1 - x), x0: 0.1, t1: 5, exact: logisticExact(0.1) },
    system: {
      f: (x, _t, dxdt) => {
        dxdt[0] = x[0]! * (1 - x[0]!);
      },
      x0: [0.1],
      t1: 5,
      exact: (t) => [logisticExact(0.1)(t)],
    },
  },
  {
    name: "rotation x' = -y, y' = x",
    system: {
      f: (x, _t, dxdt) => {
        dxdt[0] = -x[1]!;
        dxdt[1] = x[0]!;
      },
      x0: [1, 0],
      t1: 2,
      exact: (t) => [Math.cos(t), Math.sin(t)],
    },
  },
];
