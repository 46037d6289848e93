import { criticalStep, doublingLimit, EULER_TABLEAU, orbit, periodDoublings, stepMap } from '@phaseflow/ode';
import type { Cell, Section } from '../output/report.ts';

const f = (x: number) => x * (1 - x);
const fPrime = (x: number) => 1 - 2 * x;
/** The five steps the story looks at, and where every orbit starts. */
export const STEP_SIZES = [0.5, 1.5, 2.2, 2.6, 3.1] as const;
const X0 = 0.3;

/**
 * Where the orbit of Euler's map x ↦ x + η·x(1 − x) from x0 = 0.3 settles: its distinct values after 2,000 steps
 * (to 1e-6), or `escaped`.
 */
export function settles(eta: number): { kind: string; values: number[] } {
  const run = orbit(stepMap(f, EULER_TABLEAU, eta), X0, 2064);
  if (run.status !== 'bounded') return { kind: run.status, values: [] };
  const tail = Array.from(run.x.subarray(2000)).sort((a, b) => a - b);
  const values = tail.filter((v, i) => i === 0 || v - tail[i - 1]! > 1e-6);
  const kind =
    values.length === 1 ? 'fixed point' : values.length <= 8 ? `${values.length}-cycle` : 'no cycle (chaos)';
  return { kind, values };
}

/** Step 11: past η = 2 the iterates stop settling at 1: cycles, period doubling, chaos, escape. */
export function stepSizeStep(): Section {
  const bound = criticalStep(f, 1, EULER_TABLEAU, { derivative: fPrime });
  const doublings = periodDoublings(f, EULER_TABLEAU, { h: [1, 3], count: 8, derivative: fPrime });
  const { delta, accumulation } = doublingLimit(doublings);
  const rows: Cell[][] = STEP_SIZES.map((eta) => {
    const map = stepMap(f, EULER_TABLEAU, eta, { derivative: fPrime });
    const s = settles(eta);
    return [
      eta,
      map.derivative(1),
      Math.abs(map.derivative(1)) < 1,
      s.kind,
      s.values
        .slice(0, 4)
        .map((v) => v.toFixed(6))
        .join(' '),
    ];
  });
  const fmt = (v: number, digits = 6) => v.toFixed(digits);
  return {
    title: '11. When the step is too big',
    text: [
      'Gradient descent is a map: each step sends x to Φ(x) = x + η·x(1 − x), and the iterates are what you get by',
      'applying Φ again and again (the cobweb in the explorer draws it as a staircase between y = Φ(x) and y = x).',
      'The equilibrium x* = 1 is a fixed point of Φ for every η, and a small error e becomes Φ′(1)·e = (1 − η)·e.',
      `So the error shrinks while |1 − η| < 1, that is η < ${bound} = 2/|f′(1)|: the chapter's bound η < 2/L with L = 1.`,
      `For η < 1 the iterates creep up to 1; for 1 < η < ${bound} they overshoot and come back, alternating sides.`,
      `Past η = ${bound} they settle on two values instead, past η = ${fmt(doublings[1]!)} (= √6) on four, past`,
      `${fmt(doublings[2]!)} on eight: each period doubles sooner, the gaps shrinking by a factor near ${delta.toFixed(2)}, and`,
      `near η = ${accumulation.toFixed(5)} the doublings pile up and the orbit stops repeating (chaos). Past η = 3 the`,
      'iterates leave for −∞. The flow x′ = x(1 − x) they approximate still runs to 1 from every x0 > 0.',
      '(Euler on this equation is the logistic map y ↦ r·y(1 − y) with r = 1 + η, after rescaling x = (1 + η)/η · y.)',
    ],
    tables: [
      {
        name: `Euler (gradient ascent on F = x²/2 − x³/3) from x0 = ${X0}: where the iterates settle`,
        columns: ['η', "Φ'(1) = 1 − η", 'x* = 1 attracts', 'after 2000 steps', 'values (first four)'],
        rows,
      },
      {
        name: 'the orbit diagram, summarised: the period-doubling steps found numerically',
        columns: ['doubling', 'η', 'gap to the previous'],
        rows: Array.from(doublings, (h, k) => [k + 1, h, k === 0 ? null : h - doublings[k - 1]!]),
      },
    ],
  };
}
