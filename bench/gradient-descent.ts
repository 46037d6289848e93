import { gradientDescent } from '@phaseflow/gradient-flow';
import { formatRatio, interleave, median } from './stats.ts';

// Gradient descent for N iterations (no stop rule met) against hand-written loops doing the same arithmetic. The
// objective is the logistic potential F(x) = x³/3 − x²/2, whose descent x_{k+1} = x_k + η·x_k(1 − x_k) is Euler on
// the logistic equation: the same numbers as fixed-step.ts's Euler suite.
const N = 1_000_000;
const H = 1e-5;
const ROUNDS = 9;

const F = (x: number) => (x * x * x) / 3 - (x * x) / 2;
const grad = (x: number) => -x * (1 - x);
const objective = { F, grad };
const options = { learningRate: H, steps: N, gradTol: 0, stepTol: 0 };
const schedule = (k: number) => H / (1 + 1e-9 * k);

const F2 = (x: Float64Array) => 0.5 * x[0]! * x[0]! + 2 * x[1]! * x[1]!;
const grad2 = (x: Float64Array, out: Float64Array) => {
  out[0] = x[0]!;
  out[1] = 4 * x[1]!;
};

/** The plain loop x_{k+1} = x_k − η∇F(x_k) keeping the iterates: the floor the issue measures against. */
function handLoop(): Float64Array {
  const xs = new Float64Array(N + 1);
  let x = 0.1;
  xs[0] = x;
  for (let k = 0; k < N; k++) {
    x = x - H * grad(x);
    xs[k + 1] = x;
  }
  return xs;
}

/** The loop that also records what an optimisation result holds (F, ‖∇F‖, η per iterate) and tests the stop rules. */
function handLoopRecorded(rate: (k: number) => number): Float64Array {
  const xs = new Float64Array(N + 1);
  const values = new Float64Array(N + 1);
  const norms = new Float64Array(N + 1);
  const hs = new Float64Array(N);
  let x = 0.1;
  for (let k = 0; ; k++) {
    const g = grad(x);
    xs[k] = x;
    values[k] = F(x);
    norms[k] = Math.abs(g);
    if (norms[k]! <= 0 || k === N) break;
    const h = rate(k);
    hs[k] = h;
    x = x - h * g;
  }
  return xs;
}

/**
 * The floor of the one-step design: a driver calling a step closure made for the run (x_k → x_{k+1} and the
 * gradient it evaluated), F through a closure, and recording and testing as `runOptimizer` does; no ode stepper.
 */
function handOneStepDriver(): Float64Array {
  const g = new Float64Array(1);
  const next = new Float64Array(1);
  const result = { next, gradient: g, h: H };
  const derivative = (x: number) => grad(x);
  const value = (x: Float64Array) => F(x[0]!);
  const step = (x: Float64Array) => {
    const d = derivative(x[0]!);
    g[0] = d;
    next[0] = x[0]! - H * d;
    return result;
  };
  const xs = new Float64Array(N + 1);
  const values = new Float64Array(N + 1);
  const norms = new Float64Array(N + 1);
  const hs = new Float64Array(N);
  const x = Float64Array.of(0.1);
  for (let k = 0; ; k++) {
    const s = step(x);
    const v = value(x);
    const gn = Math.abs(s.gradient[0]!);
    if (!(Number.isFinite(v) && Number.isFinite(gn))) break;
    xs[k] = x[0]!;
    values[k] = v;
    norms[k] = gn;
    if (gn <= 0 || k === N || !Number.isFinite(s.next[0]!)) break;
    hs[k] = s.h;
    x[0] = s.next[0]!;
  }
  return xs;
}

function handLoop2(): Float64Array {
  const xs = new Float64Array(2 * (N + 1));
  const x = Float64Array.of(1, 1);
  const g = new Float64Array(2);
  xs.set(x);
  for (let k = 0; k < N; k++) {
    grad2(x, g);
    for (let i = 0; i < 2; i++) {
      x[i] = x[i]! - H * g[i]!;
      xs[2 * k + 2 + i] = x[i]!;
    }
  }
  return xs;
}

const SUITES = {
  'Gradient descent, logistic potential (scalar)': {
    'gradientDescent, η': () => gradientDescent(objective, 0.1, options).x,
    'gradientDescent, η_k': () => gradientDescent(objective, 0.1, { ...options, learningRate: schedule }).x,
    'hand loop, same grad': () => handLoop(),
    'hand loop, recorded, η': () => handLoopRecorded(() => H),
    'hand loop, recorded, η_k': () => handLoopRecorded(schedule),
    'hand one-step driver, η': () => handOneStepDriver(),
  },
  'Gradient descent, quadratic (2-D)': {
    'gradientDescent, η': () => gradientDescent({ F: F2, grad: grad2 }, [1, 1], options).x,
    'hand loop, same grad': () => handLoop2(),
  },
};

export async function run(): Promise<string[]> {
  const lines = [`## Gradient descent: 10⁶ iterations, ${ROUNDS} interleaved rounds (median, min–max)`];
  for (const [suite, contenders] of Object.entries(SUITES)) {
    const results = interleave(contenders, 'hand loop, same grad', ROUNDS);
    lines.push(suite);
    for (const [name, r] of Object.entries(results)) {
      lines.push(
        `  ${name.padEnd(26)} ${median(r.times).toFixed(1).padStart(7)} ms   ${formatRatio(r.ratios)} of hand loop, same grad`,
      );
    }
  }
  return lines;
}
