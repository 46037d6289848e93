/** One example of the landscape view: a loss F(x, y), its box, start, step and the methods shown. */
export interface LandscapePreset {
  readonly id: string;
  readonly label: string;
  readonly loss: string;
  readonly params: Readonly<Record<string, number>>;
  /** The slider ranges of its parameters (the shared parameter sliders' `paramBounds`). */
  readonly paramBounds: Readonly<Record<string, { readonly min: number; readonly max: number }>>;
  readonly box: readonly [number, number, number, number];
  readonly start: readonly [number, number];
  /** η of GD, heavy ball and Nesterov (and of SGD). */
  readonly lr: number;
  readonly steps: number;
  /** β of heavy ball and Nesterov. */
  readonly beta: number;
  /** α of Adam. */
  readonly adamLr: number;
  /** Which runs are shown (bits of `METHOD_BITS`). */
  readonly methods: number;
  /** What to look at, in a sentence. */
  readonly note: string;
}

/** The runs the view can draw, one bit each in `methods`. */
export const METHOD_BITS = { flow: 1, gd: 2, heavyBall: 4, nesterov: 8, adam: 16, sgd: 32 } as const;
export type MethodId = keyof typeof METHOD_BITS;
export const METHOD_IDS = Object.keys(METHOD_BITS) as MethodId[];
/** The flow and the four methods of the issue. */
const FOUR =
  METHOD_BITS.flow | METHOD_BITS.gd | METHOD_BITS.heavyBall | METHOD_BITS.nesterov | METHOD_BITS.adam;
/** Every bit set. */
export const ALL_METHODS = 63;

/** The chapter's data: X = [1, 2, 3, 4], y = [2, 4, 5, 4]; the loss is the MSE of ŷ = x·X + y in (w1, w2) = (x, y). */
export const REGRESSION_X = [1, 2, 3, 4] as const;
export const REGRESSION_Y = [2, 4, 5, 4] as const;
const MSE = '((2 - (x + y))^2 + (4 - (2*x + y))^2 + (5 - (3*x + y))^2 + (4 - (4*x + y))^2) / 4';

/** The landscape view's examples, in the selector's order (the first is the default). */
export const LANDSCAPE_PRESETS: readonly LandscapePreset[] = [
  {
    id: 'regression',
    label: 'Linear regression (the chapter)',
    loss: MSE,
    params: {},
    paramBounds: {},
    box: [-0.5, 1.6, -0.4, 2.6],
    start: [0, 0],
    lr: 0.01,
    steps: 500,
    beta: 0.9,
    adamLr: 0.01,
    methods: FOUR,
    note: 'MSE of ŷ = w1·x + w2 on X = [1, 2, 3, 4], y = [2, 4, 5, 4]; x is w1, y is w2.',
  },
  {
    id: 'zigzag',
    label: 'Ill-conditioned quadratic (κ)',
    loss: '(x^2 + kappa*y^2) / 2',
    params: { kappa: 20 },
    paramBounds: { kappa: { min: 1, max: 100 } },
    box: [-2.2, 2.2, -1.2, 1.2],
    start: [-2, 1],
    lr: 0.08,
    steps: 200,
    beta: 0.2,
    adamLr: 0.05,
    methods: FOUR,
    note: 'Hessian diag(1, κ): η must stay below 2/κ for the steep y direction, while x shrinks only by 1 − η per step.',
  },
  {
    id: 'rosenbrock',
    label: 'Rosenbrock',
    loss: '(1 - x)^2 + 100*(y - x^2)^2',
    params: {},
    paramBounds: {},
    box: [-2, 2, -1, 3],
    start: [-1.5, 2],
    lr: 0.0005,
    steps: 1000,
    beta: 0.9,
    adamLr: 0.02,
    methods: FOUR,
    note: 'A curved valley: the steep walls bound η, and along the flat floor GD crawls.',
  },
  {
    id: 'saddle',
    label: 'Saddle',
    loss: 'x^2/2 + y^4/4 - y^2/2',
    params: {},
    paramBounds: {},
    box: [-2, 2, -1.6, 1.6],
    start: [1.8, 0.001],
    lr: 0.1,
    steps: 200,
    beta: 0.6,
    adamLr: 0.05,
    methods: FOUR,
    note: 'A saddle at the origin (curvatures 1 and −1): runs come in along x and leave along y, the negative-curvature direction, to the minima at y = ±1.',
  },
  {
    id: 'two-minima',
    label: 'Two minima of different depth',
    loss: '(x^2 - 1)^2 + 0.3*x + y^2',
    params: {},
    paramBounds: {},
    box: [-1.8, 1.8, -1.4, 1.4],
    start: [0.3, 1.2],
    lr: 0.05,
    steps: 200,
    beta: 0.6,
    adamLr: 0.05,
    methods: FOUR,
    note: 'The deep minimum is on the left; from this start GD settles in the shallow one. The basin map shows which starts reach which.',
  },
  {
    id: 'regression-sgd',
    label: 'SGD on the regression',
    loss: MSE,
    params: {},
    paramBounds: {},
    box: [-0.5, 1.6, -0.4, 2.6],
    start: [0, 0],
    lr: 0.01,
    steps: 500,
    beta: 0.9,
    adamLr: 0.01,
    methods: METHOD_BITS.flow | METHOD_BITS.gd | METHOD_BITS.sgd,
    note: 'Minibatches of one sample, seeded: the noisy gradient jitters around the full-batch path.',
  },
];

/** The preset with this id, or undefined. */
export function landscapePresetById(id: string): LandscapePreset | undefined {
  return LANDSCAPE_PRESETS.find((p) => p.id === id);
}

/** True for the presets whose loss is the chapter's regression (SGD needs its samples). */
export function isRegression(loss: string): boolean {
  return loss === MSE;
}
