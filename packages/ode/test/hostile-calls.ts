// Test support (not part of the package): a valid call of every public function of @phaseflow/ode, small enough
// to run in milliseconds, for the hostile-value property (src/hostile-values.test.ts) to break one slot at a time.
import * as api from '../src/index.ts';
import { user } from './hostile-values.ts';

const logistic = user((x: number) => x * (1 - x));
const plane = user((x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = x[1]!;
  d[1] = -Math.sin(x[0]!) - 0.5 * x[1]!;
});
const scalar = () => ({ f: logistic, jacobian: user((x: number) => 1 - 2 * x), x0: 0.1, t0: 0, t1: 1 });
const system = () => ({
  f: plane,
  jacobian: user((x: Float64Array, _t: number, J: Float64Array) => J.set([0, 1, -Math.cos(x[0]!), -0.5])),
  x0: [1, 0],
  t1: 1,
});
const options = (g: (x: never, t: number) => number) => ({
  maxSteps: 400,
  tEval: [0, 0.5, 1],
  events: [{ g, direction: 0, terminal: false }],
  stiffness: 'warn',
});
const gScalar = user((x: number) => x - 0.2);
const gSystem = user((x: Float64Array) => x[0]! - 0.5);
const METHODS = () => [
  { ...api.euler({ h: 0.1 }) },
  { ...api.heun({ h: 0.1 }) },
  { ...api.midpoint({ h: 0.1 }) },
  { ...api.rk4({ h: 0.1 }) },
  { ...api.dopri5({ rtol: 1e-6 }) },
  { ...api.dop853({ rtol: 1e-6 }) },
  { ...api.backwardEuler({ h: 0.1 }) },
  { ...api.trapezoid({ h: 0.1 }) },
  { ...api.rodas4({ rtol: 1e-4 }) },
];
const box = () => [
  [-4, 4],
  [-2, 2],
];
const bowl = user((x: Float64Array) => x[0]! ** 2 + 3 * x[1]!);
const derivative = user((x: number) => 1 - 2 * x);
const map = () => api.stepMap(logistic, api.EULER_TABLEAU, 2.5, { derivative });
const vdp = user((x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = x[1]!;
  d[1] = (1 - x[0]! ** 2) * x[1]! - x[0]!;
});

// Each export with valid calls; a case replaces one slot (an argument, or a field of one) with a hostile value.
export type Call = [name: string, fn: (...args: never[]) => unknown, args: () => unknown[]];
const solveCalls = (name: string, fn: (...args: never[]) => unknown): Call[] =>
  METHODS().flatMap((m, i): Call[] => [
    [`${name} scalar ${i}`, fn, () => [scalar(), { ...METHODS()[i] }, options(gScalar as never)]],
    [`${name} system ${m.kind} ${i}`, fn, () => [system(), { ...METHODS()[i] }, options(gSystem as never)]],
  ]);
export const CALLS: Call[] = [
  ['euler', api.euler, () => [{ h: 0.1 }]],
  ['heun', api.heun, () => [{ h: 0.1 }]],
  ['midpoint', api.midpoint, () => [{ h: 0.1 }]],
  ['rk4', api.rk4, () => [{ h: 0.1 }]],
  ['backwardEuler', api.backwardEuler, () => [{ h: 0.1 }]],
  ['trapezoid', api.trapezoid, () => [{ h: 0.1, tol: 1e-8, maxIterations: 8 }]],
  ['dopri5', api.dopri5, () => [{ rtol: 1e-6, atol: 1e-9, firstStep: 0.01, maxStep: 0.5 }]],
  ['dop853', api.dop853, () => [{ rtol: 1e-6, atol: [1e-9], firstStep: 0.01, maxStep: 0.5 }]],
  ['rodas4', api.rodas4, () => [{ rtol: 1e-4, atol: 1e-6 }]],
  ...solveCalls('solve', api.solve),
  ...solveCalls('init', api.init),
  [
    'solveMany scalar',
    api.solveMany,
    () => [{ f: logistic, t1: 1 }, [0.1, 0.5], { ...api.rk4({ h: 0.1 }) }, { maxSteps: 50, tEval: [0, 1] }],
  ],
  [
    'solveMany system',
    api.solveMany,
    () => [
      { f: plane, t1: 1 },
      [
        [1, 0],
        [0, 1],
      ],
      { ...api.dopri5() },
      { maxSteps: 50, stiffness: 'warn' },
    ],
  ],
  ['findEquilibria', api.findEquilibria, () => [logistic, [-1, 2], { gridPoints: 50 }]],
  ['classifyEquilibrium', api.classifyEquilibrium, () => [logistic, 1, {}]],
  ['phaseLine', api.phaseLine, () => [logistic, [-1, 2], { gridPoints: 50 }]],
  ['blowUpTime', api.blowUpTime, () => [user((x: number) => x * x), 1, {}]],
  ['jacobian', api.jacobian, () => [plane, [0.5, 0.5], {}]],
  [
    'classifyFixedPoint',
    api.classifyFixedPoint,
    () => [
      [
        [0, 1],
        [-1, -0.5],
      ],
    ],
  ],
  [
    'eigenvalues',
    api.eigenvalues,
    () => [
      [
        [0, 1],
        [-1, -0.5],
      ],
    ],
  ],
  [
    'symmetricEigen',
    api.symmetricEigen,
    () => [
      [
        [2, 1],
        [1, 2],
      ],
    ],
  ],
  ['centralDerivative', api.centralDerivative, () => [logistic, 0.5]],
  [
    'centralGradient',
    api.centralGradient,
    () => [bowl, Float64Array.of(0.5, 0.5), new Float64Array(2), new Float64Array(2)],
  ],
  ['symmetrize', api.symmetrize, () => [Float64Array.of(2, 1, 3, 2), 2]],
  ['findFixedPoints', api.findFixedPoints, () => [plane, box(), { gridPoints: 8, maxIterations: 20 }]],
  ['nullclines', api.nullclines, () => [plane, box(), { gridPoints: 12 }]],
  [
    'periodicOrbit',
    api.periodicOrbit,
    () => [
      { f: vdp, x0: [2, 0] },
      { maxTime: 10, maxIterations: 4, maxSteps: 800 },
    ],
  ],
  [
    'separatrices',
    api.separatrices,
    () => [
      plane,
      [Math.PI, 0],
      {
        box: [
          [-4, 10],
          [-4, 4],
        ],
        maxTime: 3,
        maxSteps: 300,
      },
    ],
  ],
  ['logisticExact', api.logisticExact, () => [0.1, 10]],
  [
    'doublingLimit',
    api.doublingLimit,
    () => [[2, 2.449489742783178, 2.5440903595519226, 2.5644072660954325]],
  ],
  ['cobweb', api.cobweb, () => [map(), 0.25, 20, { escapeRadius: 10 }]],
  ['orbit', api.orbit, () => [logistic, 0.25, 20, { escapeRadius: 10 }]],
  ['criticalStep', api.criticalStep, () => [logistic, 1, api.RK4_TABLEAU, { derivative }]],
  ['lyapunovExponent', api.lyapunovExponent, () => [map(), 0.2, { n: 50, transient: 10 }]],
  [
    'orbitDiagram',
    api.orbitDiagram,
    () => [logistic, api.EULER_TABLEAU, { h: [1.5, 3.5], columns: 4, transient: 20, keep: 4 }],
  ],
  [
    'periodDoublings',
    api.periodDoublings,
    () => [logistic, api.EULER_TABLEAU, { h: [1, 3], count: 2, derivative, transient: 200 }],
  ],
  ['stabilityFunction', api.stabilityFunction, () => [{ a: [[0], [0.5]], b: [0, 1], c: [0, 0.5] }]],
  ['stepMap', api.stepMap, () => [logistic, { ...api.RK4_TABLEAU }, 0.5, { derivative }]],
];
