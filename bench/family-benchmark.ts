import { rk4, solveMany } from '@phaseflow/ode';
import { formatRatio, interleave, median } from './stats.ts';

// solveMany: 1,000 logistic initial values in [−0.5, 1.5], RK4 with h = 0.01 to t = 10, against the loop one would
// write by hand (step-major, same layout, a member that leaves the finite numbers frozen at its last state).
const MEMBERS = 1000;
const H = 0.01;
const STEPS = 1000;
const logistic = (x: number, _t: number) => x * (1 - x);
const X0S = Float64Array.from({ length: MEMBERS }, (_, m) => -0.5 + (2 * m) / (MEMBERS - 1));

function handFamily(): Float64Array {
  const xs = new Float64Array((STEPS + 1) * MEMBERS);
  xs.set(X0S);
  const alive = new Uint8Array(MEMBERS).fill(1);
  const h2 = H / 2;
  for (let k = 0; k < STEPS; k++) {
    const t = k * H;
    const base = k * MEMBERS;
    for (let m = 0; m < MEMBERS; m++) {
      const x = xs[base + m]!;
      if (alive[m] === 0) {
        xs[base + MEMBERS + m] = x;
        continue;
      }
      const k1 = logistic(x, t);
      const k2 = logistic(x + h2 * k1, t + h2);
      const k3 = logistic(x + h2 * k2, t + h2);
      const k4 = logistic(x + H * k3, t + H);
      const xNew = x + (H / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
      if (xNew - xNew !== 0) {
        alive[m] = 0;
        xs[base + MEMBERS + m] = x;
      } else xs[base + MEMBERS + m] = xNew;
    }
  }
  return xs;
}

/** solveMany against a hand-written step-major loop (issue 4's family benchmark), printed by work-precision.ts. */
export function familyBenchmark(): string[] {
  const check = solveMany({ f: logistic, t1: STEPS * H }, X0S, rk4({ h: H }));
  const hand = handFamily();
  // Same numbers up to rounding (the hand loop groups RK4's weights differently), compared on the members that
  // reached t = 10; those that blow up part ways near ±1e300, where rounding decides the last finite step.
  let worst = 0;
  for (let m = 0; m < MEMBERS; m++) {
    if (check.status[m] !== 'success') continue;
    for (let r = 0; r <= STEPS; r++) {
      const e = hand[r * MEMBERS + m]!;
      worst = Math.max(worst, Math.abs(check.x[r * MEMBERS + m]! - e) / Math.max(1, Math.abs(e)));
    }
  }
  const stopped = check.status.filter((s) => s !== 'success').length;
  const result = interleave(
    { hand: handFamily, solveMany: () => solveMany({ f: logistic, t1: STEPS * H }, X0S, rk4({ h: H })) },
    'hand',
    41,
  );
  const best = (times: number[]) => Math.min(...times);
  return [
    '## solveMany: 1,000 logistic x0 in [−0.5, 1.5], RK4 h = 0.01 to t = 10 (10⁶ member-steps)',
    `hand-written step-major loop: fastest ${best(result.hand!.times).toFixed(1)} ms, median ${median(result.hand!.times).toFixed(1)} ms; solveMany: fastest ${best(result.solveMany!.times).toFixed(1)} ms, median ${median(result.solveMany!.times).toFixed(1)} ms`,
    `solveMany / hand loop: ${(best(result.solveMany!.times) / best(result.hand!.times)).toFixed(2)}× fastest to fastest; per round ${formatRatio(result.solveMany!.ratios)} (target ≤ 1.5×)`,
    `${stopped} members stopped with non-finite, as in the hand loop; largest relative difference from it over the others ${worst.toExponential(1)}`,
  ];
}
