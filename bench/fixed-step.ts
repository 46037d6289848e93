import { createRequire } from 'node:module';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { euler, rk4, solve } from '@phaseflow/ode';
import { formatRatio, interleave, median } from './stats.ts';

// 10⁶ fixed steps, full trajectory kept, against hand-written loops and the scijs packages (issue 3's benchmark).
const require = createRequire(import.meta.url);
const odeEuler = require('ode-euler') as (y: Float64Array, d: Deriv, t: number, h: number) => Integrator;
const odeRk4 = require('ode-rk4') as (y: Float64Array, d: Deriv, t: number, h: number) => Integrator;
type Deriv = (dydt: Float64Array, y: Float64Array, t: number) => void;
interface Integrator {
  y: Float64Array;
  step(): Integrator;
}

const N = 1_000_000;
const H = 1e-5;
const ROUNDS = 9;

const logistic = (x: number, _t: number) => x * (1 - x);
const lotkaVolterra = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = 1.5 * x[0]! - x[0]! * x[1]!;
  d[1] = x[0]! * x[1]! - 3 * x[1]!;
};

function handEuler(f: typeof logistic): Float64Array {
  const xs = new Float64Array(N + 1);
  let x = 0.1;
  xs[0] = x;
  for (let k = 0; k < N; k++) {
    x = x + H * f(x, k * H);
    xs[k + 1] = x;
  }
  return xs;
}

/** The hand loop that also keeps the times, as a solution does: the floor for a solver that returns (t, x). */
function handEulerWithTimes(f: typeof logistic): Float64Array {
  const ts = new Float64Array(N + 1);
  const xs = new Float64Array(N + 1);
  let x = 0.1;
  xs[0] = x;
  for (let k = 0; k < N; k++) {
    const t = k * H;
    x = x + H * f(x, t);
    xs[k + 1] = x;
    ts[k + 1] = t + H;
  }
  return xs;
}

function handEulerInlined(): Float64Array {
  const xs = new Float64Array(N + 1);
  let x = 0.1;
  xs[0] = x;
  for (let k = 0; k < N; k++) {
    x = x + H * (x * (1 - x));
    xs[k + 1] = x;
  }
  return xs;
}

function handRk4(f: typeof logistic): Float64Array {
  const xs = new Float64Array(N + 1);
  let x = 0.1;
  xs[0] = x;
  const h2 = H / 2;
  for (let k = 0; k < N; k++) {
    const t = k * H;
    const k1 = f(x, t);
    const k2 = f(x + h2 * k1, t + h2);
    const k3 = f(x + h2 * k2, t + h2);
    const k4 = f(x + H * k3, t + H);
    x = x + (H / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    xs[k + 1] = x;
  }
  return xs;
}

function handRk4Inlined(): Float64Array {
  const xs = new Float64Array(N + 1);
  let x = 0.1;
  xs[0] = x;
  const h2 = H / 2;
  for (let k = 0; k < N; k++) {
    const k1 = x * (1 - x);
    const y2 = x + h2 * k1;
    const k2 = y2 * (1 - y2);
    const y3 = x + h2 * k2;
    const k3 = y3 * (1 - y3);
    const y4 = x + H * k3;
    const k4 = y4 * (1 - y4);
    x = x + (H / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    xs[k + 1] = x;
  }
  return xs;
}

function handEuler2(f: typeof lotkaVolterra): Float64Array {
  const xs = new Float64Array(2 * (N + 1));
  const x = Float64Array.of(10, 5);
  const d = new Float64Array(2);
  xs.set(x);
  for (let k = 0; k < N; k++) {
    f(x, k * H, d);
    x[0] = x[0]! + H * d[0]!;
    x[1] = x[1]! + H * d[1]!;
    xs[2 * k + 2] = x[0]!;
    xs[2 * k + 3] = x[1]!;
  }
  return xs;
}

function handEuler2Inlined(): Float64Array {
  const xs = new Float64Array(2 * (N + 1));
  let u = 10;
  let v = 5;
  xs[0] = u;
  xs[1] = v;
  for (let k = 0; k < N; k++) {
    const du = 1.5 * u - u * v;
    const dv = u * v - 3 * v;
    u += H * du;
    v += H * dv;
    xs[2 * k + 2] = u;
    xs[2 * k + 3] = v;
  }
  return xs;
}

function handRk42(f: typeof lotkaVolterra): Float64Array {
  const xs = new Float64Array(2 * (N + 1));
  const x = Float64Array.of(10, 5);
  const w = new Float64Array(2);
  const k1 = new Float64Array(2);
  const k2 = new Float64Array(2);
  const k3 = new Float64Array(2);
  const k4 = new Float64Array(2);
  xs.set(x);
  const h2 = H / 2;
  for (let k = 0; k < N; k++) {
    const t = k * H;
    f(x, t, k1);
    for (let i = 0; i < 2; i++) w[i] = x[i]! + h2 * k1[i]!;
    f(w, t + h2, k2);
    for (let i = 0; i < 2; i++) w[i] = x[i]! + h2 * k2[i]!;
    f(w, t + h2, k3);
    for (let i = 0; i < 2; i++) w[i] = x[i]! + H * k3[i]!;
    f(w, t + H, k4);
    for (let i = 0; i < 2; i++) {
      x[i] = x[i]! + (H / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
      xs[2 * k + 2 + i] = x[i]!;
    }
  }
  return xs;
}

/** A scijs integrator stepped N times, its state copied out after each step (they keep no trajectory). */
function scijs(factory: typeof odeEuler, y0: number[], deriv: Deriv): Float64Array {
  const dim = y0.length;
  const xs = new Float64Array(dim * (N + 1));
  const integrator = factory(Float64Array.from(y0), deriv, 0, H);
  xs.set(integrator.y);
  for (let k = 0; k < N; k++) {
    integrator.step();
    xs.set(integrator.y, (k + 1) * dim);
  }
  return xs;
}

const scijsLogistic: Deriv = (d, y) => {
  d[0] = y[0]! * (1 - y[0]!);
};
const scijsLotkaVolterra: Deriv = (d, y) => lotkaVolterra(y, 0, d);

const scalarProblem = { f: logistic, x0: 0.1, t1: N * H };
const systemProblem = { f: lotkaVolterra, x0: [10, 5], t1: N * H };

const SUITES = {
  'Euler, logistic (scalar)': {
    'phaseflow solve': () => solve(scalarProblem, euler({ h: H })),
    'hand loop, same f': () => handEuler(logistic),
    'hand loop, f inlined': () => handEulerInlined(),
    'hand loop, same f, t kept': () => handEulerWithTimes(logistic),
    'ode-euler (scijs)': () => scijs(odeEuler, [0.1], scijsLogistic),
  },
  'RK4, logistic (scalar)': {
    'phaseflow solve': () => solve(scalarProblem, rk4({ h: H })),
    'hand loop, same f': () => handRk4(logistic),
    'hand loop, f inlined': () => handRk4Inlined(),
    'ode-rk4 (scijs)': () => scijs(odeRk4, [0.1], scijsLogistic),
  },
  'Euler, Lotka–Volterra (2-D)': {
    'phaseflow solve': () => solve(systemProblem, euler({ h: H })),
    'hand loop, same f': () => handEuler2(lotkaVolterra),
    'hand loop, f inlined': () => handEuler2Inlined(),
    'ode-euler (scijs)': () => scijs(odeEuler, [10, 5], scijsLotkaVolterra),
  },
  'RK4, Lotka–Volterra (2-D)': {
    'phaseflow solve': () => solve(systemProblem, rk4({ h: H })),
    'hand loop, same f': () => handRk42(lotkaVolterra),
    'ode-rk4 (scijs)': () => scijs(odeRk4, [10, 5], scijsLotkaVolterra),
  },
};

/**
 * Young-generation collections (scavenges) while `run` executes. The trajectory lives in typed arrays outside the
 * JS heap, so only per-step garbage (boxed numbers, temporary arrays) fills the young generation: a count that
 * stays flat from 10⁵ to 10⁷ steps means the stepping loop allocates nothing per step.
 */
async function scavengesDuring(run: () => unknown): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const starts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        starts.push(entry.startTime);
      }
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  run();
  const end = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return starts.filter((t) => t >= start && t <= end).length;
}

export async function run(): Promise<string[]> {
  const lines = [
    `## Fixed steps: 10⁶ steps, full trajectory kept, ${ROUNDS} interleaved rounds (median, min–max)`,
  ];
  for (const [suite, contenders] of Object.entries(SUITES)) {
    const results = interleave(contenders, 'hand loop, same f', ROUNDS);
    lines.push(`${suite}`);
    for (const [name, r] of Object.entries(results)) {
      lines.push(
        `  ${name.padEnd(26)} ${median(r.times).toFixed(1).padStart(7)} ms   ${formatRatio(r.ratios)} of hand loop, same f`,
      );
    }
    const ours = results['phaseflow solve']!;
    const peer = Object.entries(results).find(([name]) => name.includes('scijs'))!;
    const speedup = peer[1].ratios.map((r, i) => r / ours.ratios[i]!);
    lines.push(`  phaseflow vs ${peer[0]}: ${formatRatio(speedup)} faster`);
  }
  lines.push('Allocation per step (young-generation collections during one solve; flat = none per step):');
  for (const steps of [100_000, 1_000_000, 10_000_000]) {
    const rk4Count = await scavengesDuring(() =>
      solve({ f: lotkaVolterra, x0: [10, 5], t1: steps * H }, rk4({ h: H })),
    );
    const eulerCount = await scavengesDuring(() =>
      solve({ f: logistic, x0: 0.1, t1: steps * H }, euler({ h: H })),
    );
    lines.push(
      `  ${String(steps).padStart(8)} steps: RK4 Lotka–Volterra ${rk4Count}, Euler logistic ${eulerCount}`,
    );
  }
  return lines;
}
