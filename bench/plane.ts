import { compileSystem, parseFormula } from '@phaseflow/formula';
import { nullclines, rk4, type SystemRhs, solve } from '@phaseflow/ode';
import { formatRatio, median } from './stats.ts';

// The plane view's full redraw, computed without drawing: a 40 × 40 direction field (f and its speed at each
// arrow), both nullclines on a 201 × 201 grid, and 20 trajectories of 500 RK4 steps. The system is typed
// (compiled by @phaseflow/formula); the floor is the same work with the right-hand side written in JavaScript.
const BOX = [
  [-4, 10],
  [-3, 3],
] as const;
const ROUNDS = 15;
const BUDGET_MS = 8;

function redraw(f: SystemRhs): number {
  const [[x0, x1], [y0, y1]] = BOX;
  const field = new Float64Array(40 * 40 * 3);
  const state = new Float64Array(2);
  const d = new Float64Array(2);
  for (let j = 0; j < 40; j++) {
    for (let i = 0; i < 40; i++) {
      state[0] = x0 + ((i + 0.5) * (x1 - x0)) / 40;
      state[1] = y0 + ((j + 0.5) * (y1 - y0)) / 40;
      f(state, 0, d);
      const k = 3 * (j * 40 + i);
      field[k] = d[0]!;
      field[k + 1] = d[1]!;
      field[k + 2] = Math.hypot(d[0]!, d[1]!);
    }
  }
  const lines = nullclines(f, BOX, { gridPoints: 201 });
  let points = lines.x.length + lines.y.length;
  for (let k = 0; k < 20; k++) {
    const start = [x0 + ((k + 0.5) * (x1 - x0)) / 20, y0 + ((k % 5) + 0.5) * ((y1 - y0) / 5)];
    points += solve({ f, x0: start, t1: 10 }, rk4({ h: 0.02 })).x.length;
  }
  return points + field[0]!;
}

export async function run(): Promise<string[]> {
  const options = { variables: ['x', 'y'] };
  const typed = compileSystem([parseFormula('y', options), parseFormula('-sin(x) - 0.5*y', options)]);
  const hand: SystemRhs = (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = -Math.sin(x[0]!) - 0.5 * x[1]!;
  };
  // CPU time of this process, not wall time: on a shared machine other processes' load stretches wall time by
  // several times, while the work done here stays what it is.
  const cpuMs = (work: () => unknown) => {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  const typedTimes: number[] = [];
  const handTimes: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const h = cpuMs(() => redraw(hand));
    const t = cpuMs(() => redraw(typed.f as SystemRhs));
    if (round === 0) continue; // warm-up: JIT tiers settle
    handTimes.push(h);
    typedTimes.push(t);
    ratios.push(t / h);
  }
  const typedMs = median(typedTimes);
  const handMs = median(handTimes);
  return [
    'plane: a full redraw (40×40 arrows, both nullclines on 201×201, 20 trajectories × 500 RK4 steps), damped pendulum',
    `  typed formula ${typedMs.toFixed(2)} ms CPU (budget ${BUDGET_MS} ms: ${typedMs <= BUDGET_MS ? 'within' : 'OVER'}), ` +
      `hand-written JS floor ${handMs.toFixed(2)} ms, ratio ${formatRatio(ratios)}`,
  ];
}
