import { dop853, dopri5, rodas4, type SystemRhs, solve } from '@phaseflow/ode';
import { median, timeMs } from './stats.ts';

// Stiff problems (issue 20): rodas4 against dopri5 on van der Pol μ = 1000 and Robertson's kinetics, in time and f
// evaluations; then rodas4's cost on the non-stiff references, where dopri5 and dop853 remain the methods to pick.
// dopri5 runs with `stiffness: 'ignore'` where the option exists, so it keeps stepping instead of stopping at its
// stiffness test (a further row shows that default run); Robertson is capped at 10⁶ trial steps.

const vanDerPol =
  (mu: number): SystemRhs =>
  (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = mu * (1 - x[0]! * x[0]!) * x[1]! - x[0]!;
  };
const robertson: SystemRhs = (y, _t, d) => {
  const fast = 1e4 * y[1]! * y[2]!;
  const square = 3e7 * y[1]! * y[1]!;
  d[0] = -0.04 * y[0]! + fast;
  d[1] = 0.04 * y[0]! - fast - square;
  d[2] = square;
};
const lorenz: SystemRhs = (x, _t, d) => {
  d[0] = 10 * (x[1]! - x[0]!);
  d[1] = x[0]! * (28 - x[2]!) - x[1]!;
  d[2] = x[0]! * x[1]! - (8 / 3) * x[2]!;
};

interface Case {
  name: string;
  f: SystemRhs;
  x0: number[];
  t1: number;
  rtol: number;
  atol: number;
  maxSteps?: number;
}

const STIFF: Case[] = [
  {
    name: 'van der Pol μ = 1000, [0, 2000]',
    f: vanDerPol(1000),
    x0: [2, 0],
    t1: 2000,
    rtol: 1e-6,
    atol: 1e-6,
  },
  {
    name: 'Robertson, [0, 1e11]',
    f: robertson,
    x0: [1, 0, 0],
    t1: 1e11,
    rtol: 1e-6,
    atol: 1e-10,
    maxSteps: 1_000_000,
  },
];
const NON_STIFF: Case[] = [
  { name: 'van der Pol μ = 1, [0, 20]', f: vanDerPol(1), x0: [2, 0], t1: 20, rtol: 1e-6, atol: 1e-6 },
  { name: 'Lorenz, [0, 2]', f: lorenz, x0: [1, 1, 1], t1: 2, rtol: 1e-6, atol: 1e-6 },
];

type Run = { status: string; t: Float64Array; x: Float64Array; nfev: number; njev?: number };

function runMethod(c: Case, which: 'rodas4' | 'dopri5' | 'dop853', stiffnessTest = false): Run {
  const tol = { rtol: c.rtol, atol: c.atol };
  const method = which === 'rodas4' ? rodas4(tol) : which === 'dopri5' ? dopri5(tol) : dop853(tol);
  const options: Record<string, unknown> = { maxSteps: c.maxSteps ?? 10_000_000 };
  if (which === 'dopri5' && !stiffnessTest && stiffnessOption()) options.stiffness = 'ignore';
  return solve({ f: c.f, x0: c.x0, t1: c.t1 }, method, options as never) as unknown as Run;
}

/** Whether solve knows the `stiffness` option yet (another issue adds it). */
function stiffnessOption(): boolean {
  try {
    solve({ f: (x: number) => -x, x0: 1, t1: 1 }, dopri5(), { stiffness: 'ignore' } as never);
    return true;
  } catch {
    return false;
  }
}

function timed(c: Case, which: 'rodas4' | 'dopri5' | 'dop853', rounds: number): { run: Run; ms: number } {
  let run: Run | undefined;
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) times.push(timeMs(() => (run = runMethod(c, which))));
  return { run: run!, ms: median(times) };
}

const fmt = (ms: number) => (ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

export async function run(): Promise<string[]> {
  const lines = ['Stiff problems: rodas4 against dopri5 (median ms of rodas4 over 7 runs; dopri5 once)', ''];
  lines.push('| problem | method | status | nfev | njev | ms | ratio to dopri5 |');
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: |');
  for (const c of STIFF) {
    runMethod(c, 'rodas4'); // warm-up
    const stiff = timed(c, 'rodas4', 7);
    const explicit = timed(c, 'dopri5', 1);
    const reached = explicit.run.t[explicit.run.t.length - 1]!;
    const status =
      explicit.run.status === 'success'
        ? 'success'
        : `${explicit.run.status} at t = ${reached.toPrecision(3)}`;
    lines.push(
      `| ${c.name} | rodas4 | ${stiff.run.status} | ${stiff.run.nfev} | ${stiff.run.njev ?? '–'} | ${fmt(stiff.ms)} | ${(stiff.ms / explicit.ms).toPrecision(2)}× |`,
    );
    lines.push(`| ${c.name} | dopri5 | ${status} | ${explicit.run.nfev} | – | ${fmt(explicit.ms)} | 1× |`);
    if (stiffnessOption()) {
      // dopri5 as a user gets it by default: its stiffness test ends the run and names rodas4.
      const started = performance.now();
      const tested = runMethod(c, 'dopri5', true);
      const ms = performance.now() - started;
      const end = tested.t[tested.t.length - 1]!.toPrecision(3);
      lines.push(
        `| ${c.name} | dopri5, default stiffness test | ${tested.status} at t = ${end} | ${tested.nfev} | – | ${fmt(ms)} | – |`,
      );
    }
  }
  lines.push(
    '',
    'Non-stiff references (rtol = atol = 1e-6): what rodas4 costs where an explicit pair is the choice',
    '',
  );
  lines.push('| problem | method | nfev | ms | error at t1 (vs dop853 at 1e-13) |');
  lines.push('| --- | --- | ---: | ---: | ---: |');
  for (const c of NON_STIFF) {
    const exact = runMethod({ ...c, rtol: 1e-13, atol: 1e-13 }, 'dop853');
    const end = exact.x.subarray(exact.x.length - c.x0.length);
    for (const which of ['rodas4', 'dopri5', 'dop853'] as const) {
      runMethod(c, which);
      const { run, ms } = timed(c, which, 7);
      const last = run.x.subarray(run.x.length - c.x0.length);
      let err = 0;
      for (let i = 0; i < c.x0.length; i++) err = Math.max(err, Math.abs(last[i]! - end[i]!));
      lines.push(`| ${c.name} | ${which} | ${run.nfev} | ${ms.toFixed(2)} | ${err.toExponential(1)} |`);
    }
  }
  return lines;
}
