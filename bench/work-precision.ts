import { createRequire } from 'node:module';
import { dop853, dopri5, type SystemRhs, solve } from '@phaseflow/ode';
import { familyBenchmark } from './family-benchmark.ts';

// Work–precision (issue 4): error at t1 against a high-accuracy reference, f evaluations and time, for phaseflow’s
// dopri5 and dop853 and the npm packages odex (Gragg–Bulirsch–Stoer), numeric.dopri (Dormand–Prince) and
// ode45-cash-karp, compared at matched error. Then solveMany against a hand-written step-major loop.
const require = createRequire(import.meta.url);
const odex = require('odex') as { Solver: new (n: number) => OdexSolver };
const numeric = require('numeric') as { dopri: (...a: unknown[]) => { x: number[]; y: number[][] } };
const ode45 = require('ode45-cash-karp') as (
  y0: Float64Array,
  deriv: (dydt: Float64Array, y: Float64Array, t: number) => void,
  t0: number,
  dt0: number,
  options: { tol: number; verbose: boolean },
) => { y: Float64Array; t: number; steps(n: number, tLimit: number): boolean };
interface OdexSolver {
  absoluteTolerance: number;
  relativeTolerance: number;
  maxSteps: number;
  solve(f: (x: number, y: number[]) => number[], x: number, y0: number[], xEnd: number): { y: number[] };
}

interface Problem {
  name: string;
  f: SystemRhs;
  x0: number[];
  t1: number;
}

const vanDerPol =
  (mu: number): SystemRhs =>
  (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = mu * (1 - x[0]! * x[0]!) * x[1]! - x[0]!;
  };
const lorenz: SystemRhs = (x, _t, d) => {
  d[0] = 10 * (x[1]! - x[0]!);
  d[1] = x[0]! * (28 - x[2]!) - x[1]!;
  d[2] = x[0]! * x[1]! - (8 / 3) * x[2]!;
};
const PROBLEMS: Problem[] = [
  { name: 'Van der Pol μ = 1, [0, 20]', f: vanDerPol(1), x0: [2, 0], t1: 20 },
  { name: 'Van der Pol μ = 5, [0, 20]', f: vanDerPol(5), x0: [2, 0], t1: 20 },
  { name: 'Lorenz (10, 28, 8/3), [0, 10]', f: lorenz, x0: [1, 1, 1], t1: 10 },
];

/** One solver run: the state at t1 and the number of f evaluations it made (counted by wrapping f). */
type Runner = (p: Problem, tol: number) => { x: ArrayLike<number>; nfev: number };

function counted(p: Problem) {
  const counter = { n: 0 };
  const f: SystemRhs = (x, t, d) => {
    counter.n++;
    p.f(x, t, d);
  };
  return { f, counter };
}

const RUNNERS: Record<string, Runner> = {
  'phaseflow dopri5': (p, tol) => {
    const { f, counter } = counted(p);
    const sol = solve({ f, x0: p.x0, t1: p.t1 }, dopri5({ rtol: tol, atol: tol }), { maxSteps: 1e7 });
    return { x: sol.x.subarray(sol.x.length - p.x0.length), nfev: counter.n - 2 }; // less normalizeProblem's probes
  },
  'phaseflow dop853': (p, tol) => {
    const { f, counter } = counted(p);
    const sol = solve({ f, x0: p.x0, t1: p.t1 }, dop853({ rtol: tol, atol: tol }), { maxSteps: 1e7 });
    return { x: sol.x.subarray(sol.x.length - p.x0.length), nfev: counter.n - 2 };
  },
  odex: (p, tol) => {
    const { f, counter } = counted(p);
    const n = p.x0.length;
    const y = new Float64Array(n);
    const d = new Float64Array(n);
    const s = new odex.Solver(n);
    s.absoluteTolerance = tol;
    s.relativeTolerance = tol;
    s.maxSteps = 1e7;
    // odex's interface passes and returns plain arrays; the adapter copies through typed arrays for the shared f.
    const out = s.solve(
      (t, yy) => {
        for (let i = 0; i < n; i++) y[i] = yy[i]!;
        f(y, t, d);
        return Array.from(d);
      },
      0,
      p.x0,
      p.t1,
    );
    return { x: out.y, nfev: counter.n };
  },
  'numeric.dopri': (p, tol) => {
    const { f, counter } = counted(p);
    const n = p.x0.length;
    const y = new Float64Array(n);
    const d = new Float64Array(n);
    const sol = numeric.dopri(
      0,
      p.t1,
      p.x0,
      (t: number, yy: number[]) => {
        for (let i = 0; i < n; i++) y[i] = yy[i]!;
        f(y, t, d);
        return Array.from(d);
      },
      tol,
      1e7,
    );
    return { x: sol.y.at(-1)!, nfev: counter.n };
  },
  'ode45-cash-karp': (p, tol) => {
    const { f, counter } = counted(p);
    const integrator = ode45(Float64Array.from(p.x0), (d, y, t) => f(y, t, d), 0, 1e-3, {
      tol,
      verbose: false,
    });
    integrator.steps(Number.POSITIVE_INFINITY, p.t1);
    return { x: integrator.y, nfev: counter.n };
  },
};
const PEERS = ['odex', 'numeric.dopri', 'ode45-cash-karp'];
const OURS = ['phaseflow dopri5', 'phaseflow dop853'];
const TOLERANCES = Array.from({ length: 23 }, (_, k) => 10 ** (-2 - k / 2)); // 1e-2 … 1e-13
const TARGETS = [1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10];
const ROUNDS = 12;

interface Point {
  err: number;
  nfev: number;
  ms: number;
}

/** Milliseconds per run: repeats for 3 ms, so short runs are not lost in timer resolution, yet a round is short
 * enough that some rounds run undisturbed by other processes on a busy machine. */
function timePerRun(run: () => unknown): number {
  let reps = 0;
  const start = performance.now();
  let now = start;
  while (now - start < 3 || reps < 1) {
    run();
    reps++;
    now = performance.now();
  }
  return (now - start) / reps;
}

function maxError(x: ArrayLike<number>, ref: Float64Array): number {
  let e = 0;
  for (let i = 0; i < ref.length; i++)
    e = Math.max(e, Math.abs(x[i]! - ref[i]!) / Math.max(1, Math.abs(ref[i]!)));
  return Number.isFinite(e) ? e : Number.POSITIVE_INFINITY;
}

/**
 * The cost of reaching error `target` along one method's curve: the points that no other point beats on both error
 * and cost (the Pareto front), interpolated linearly in log(error)–log(cost). Undefined when the curve does not
 * reach that error.
 */
function atError(points: Point[], target: number, cost: (p: Point) => number): number | undefined {
  const front = points
    .filter((p) => Number.isFinite(p.err) && p.err > 0)
    .filter((p) => !points.some((q) => q !== p && q.err <= p.err && cost(q) < cost(p)))
    .sort((a, b) => a.err - b.err);
  if (front.length === 0 || target < front[0]!.err) return undefined;
  for (let k = 0; k + 1 < front.length; k++) {
    const a = front[k]!;
    const b = front[k + 1]!;
    if (target >= a.err && target <= b.err) {
      const s = Math.log(target / a.err) / Math.log(b.err / a.err);
      return Math.exp(Math.log(cost(a)) + s * Math.log(cost(b) / cost(a)));
    }
  }
  return cost(front.at(-1)!); // looser than every point: its cheapest run already does better
}

function reference(p: Problem): { ref: Float64Array; check: string } {
  const ref = solve({ f: p.f, x0: p.x0, t1: p.t1 }, dop853({ rtol: 1e-14, atol: 1e-14 }), { maxSteps: 1e8 });
  const other = solve({ f: p.f, x0: p.x0, t1: p.t1 }, dopri5({ rtol: 1e-13, atol: 1e-13 }), {
    maxSteps: 1e8,
  });
  const dim = p.x0.length;
  const a = ref.x.slice(ref.x.length - dim);
  const b = other.x.subarray(other.x.length - dim);
  return {
    ref: a,
    check: `reference: dop853 at rtol 1e-14; dopri5 at 1e-13 agrees to ${maxError(b, a).toExponential(1)}`,
  };
}

function workPrecision(p: Problem): string[] {
  const { ref, check } = reference(p);
  const names = [...OURS, ...PEERS];
  const points: Record<string, Point[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const tol of TOLERANCES) {
    const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const results: Record<string, { x: ArrayLike<number>; nfev: number }> = {};
    for (let r = 0; r < ROUNDS; r++) {
      for (const name of names) {
        const run = RUNNERS[name]!;
        results[name] = run(p, tol);
        times[name]!.push(timePerRun(() => run(p, tol)));
      }
    }
    for (const name of names) {
      const { x, nfev } = results[name]!;
      // The fastest of the rounds: other processes only ever add time, so the minimum is the least disturbed.
      points[name]!.push({ err: maxError(x, ref), nfev, ms: Math.min(...times[name]!) });
    }
  }
  const lines = [`## ${p.name}  (${check})`];
  lines.push(
    `error  | ${names.map((n) => n.padStart(17)).join(' | ')} | dopri5 ÷ fastest peer: time, nfev | best ours ÷ fastest peer: time`,
  );
  for (const target of TARGETS) {
    const ms = names.map((n) => atError(points[n]!, target, (q) => q.ms));
    const fe = names.map((n) => atError(points[n]!, target, (q) => q.nfev));
    let fastest = -1;
    for (let k = OURS.length; k < names.length; k++) {
      if (ms[k] !== undefined && (fastest < 0 || ms[k]! < ms[fastest]!)) fastest = k;
    }
    const cells = names.map((_, k) =>
      ms[k] === undefined ? '—'.padStart(17) : `${ms[k]!.toFixed(3)} ms ${Math.round(fe[k]!)}`.padStart(17),
    );
    const ratio = (a: number | undefined, b: number | undefined) =>
      a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`;
    const oursMs = ms.slice(0, OURS.length).filter((v): v is number => v !== undefined);
    const best = oursMs.length > 0 ? Math.min(...oursMs) : undefined;
    const peerMs = fastest < 0 ? undefined : ms[fastest];
    const dopri = `${ratio(ms[0], peerMs)}, ${ratio(fe[0], fastest < 0 ? undefined : fe[fastest])}`;
    const peer = fastest < 0 ? '' : ` (${names[fastest]})`;
    lines.push(
      `${target.toExponential(0).padEnd(6)} | ${cells.join(' | ')} | ${dopri.padStart(33)} | ${ratio(best, peerMs)}${peer}`,
    );
  }
  return lines;
}

export async function run(): Promise<string[]> {
  const lines = [
    '# Work–precision: time per run (fastest of 12 interleaved rounds) and f evaluations, interpolated in log–log',
    '# along each method’s Pareto front (error vs cost over rtol = atol = 1e-2 … 1e-13) at each matched error.',
    '# Error: max over components of |x − ref| / max(1, |ref|) at t1. "—": the method does not reach that error.',
  ];
  for (const p of PROBLEMS) lines.push(...workPrecision(p), '');
  lines.push(...familyBenchmark());
  return lines;
}
