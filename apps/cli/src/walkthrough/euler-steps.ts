import { gradientAscent, gradientDescent } from '@phaseflow/gradient-flow';
import { euler, logisticExact, solve } from '@phaseflow/ode';
import type { Cell, Section } from '../output/report.ts';
import { LOGISTIC } from './logistic.ts';

const f = LOGISTIC.gradient.evaluate;
const F = LOGISTIC.potential.evaluate;

/** Step 8: Euler's method on the logistic equation for shrinking h, against the exact solution. */
export function eulerStep(): Section {
  const x0 = 0.1;
  const T = 5;
  const steps = [1, 0.5, 0.1, 0.01];
  const runs = steps.map((h) => solve({ f, x0, t1: T }, euler({ h })));
  // With h dividing 1, the Euler point at integer time t has index t/h.
  const rows: Cell[][] = [0, 1, 2, 3, 4, 5].map((t) => [
    t,
    logisticExact(x0, t),
    ...runs.map((run, i) => run.x[Math.round(t / steps[i]!)]!),
  ]);
  const exact = logisticExact(x0, T);
  const errors: Cell[][] = [1, 0.5, 0.25, 0.1, 0.01, 0.001].map((h) => {
    const run = solve({ f, x0, t1: T }, euler({ h }));
    const error = run.x[run.x.length - 1]! - exact;
    return [h, run.nsteps, run.x[run.x.length - 1]!, error, error / h];
  });
  return {
    title: "8. Euler's method",
    text: [
      'Replace the derivative by a difference quotient over a step h: x(t + h) ≈ x(t) + h·f(x(t)).',
      "Repeating it gives the sequence x_{k+1} = x_k + h·f(x_k), an approximation of x(kh): Euler's method.",
      'The smaller h, the closer to the exact solution; the error at t = 5 shrinks in proportion to h (first order),',
      'so error/h settles to a constant.',
    ],
    tables: [
      {
        name: 'Euler on the logistic equation, x0 = 0.1',
        columns: ['t', 'exact', ...steps.map((h) => `h = ${h}`)],
        rows,
      },
      { name: 'error at t = 5', columns: ['h', 'steps', 'x_N', 'x_N − x(5)', 'error / h'], rows: errors },
    ],
  };
}

/** The step size, start and length of the side-by-side comparison in step 9. */
export const ASCENT_SETTINGS = { h: 0.5, x0: 0.1, steps: 12 } as const;

/** Step 9: the Euler iterates and the gradient-ascent iterates on F = x²/2 − x³/3, side by side. */
export function gradientAscentStep(): Section {
  const { h, x0, steps } = ASCENT_SETTINGS;
  const eulerRun = solve({ f, x0, t1: steps * h }, euler({ h }));
  const ascent = gradientAscent({ F, grad: f }, x0, { learningRate: h, steps, gradTol: Number.MIN_VALUE });
  const n = Math.min(eulerRun.x.length, ascent.x.length);
  const rows: Cell[][] = [];
  for (let k = 0; k < n; k++) {
    const a = eulerRun.x[k]!;
    const b = ascent.x[k]!;
    rows.push([k, a, b, Object.is(a, b), F(b)]);
  }
  const identical = rows.every((row) => row[3] === true);
  const rises = rows.every((row, k) => k === 0 || (row[4] as number) > (rows[k - 1]![4] as number));
  return {
    title: '9. Euler on the logistic equation is gradient ascent',
    text: [
      `f(x) = x(1 − x) is the derivative of F(x) = ${LOGISTIC.potential.text ?? 'x^2/2 - x^3/3'}. So the Euler step`,
      'x_{k+1} = x_k + h·f(x_k) is x_{k+1} = x_k + h·F′(x_k): gradient ascent on F with learning rate η = h.',
      `Below, Euler (from @phaseflow/ode) and gradient ascent (from @phaseflow/gradient-flow), η = h = ${h}, x0 = ${x0}:`,
      `${identical ? `all ${n} iterates are identical, bit for bit` : 'the two columns differ (they should not)'}, and F ${rises ? 'rises at every step' : 'does not rise at every step'}.`,
    ],
    tables: [
      { name: 'side by side', columns: ['k', 'Euler x_k', 'ascent x_k', 'identical', 'F(x_k)'], rows },
    ],
  };
}

/** Step 10: gradient descent on V = −F reaches the minimum of V at the stable equilibrium 1. */
export function gradientDescentStep(): Section {
  const V = (x: number) => -F(x);
  const dV = (x: number) => -f(x);
  const run = gradientDescent({ F: V, grad: dV }, 0.1, {
    learningRate: 0.5,
    steps: 15,
    gradTol: Number.MIN_VALUE,
  });
  const rows: Cell[][] = Array.from(run.x, (x, k) => [k, x, V(x), dV(x)]);
  const rates: Cell[][] = [0.5, 1, 1.5, 1.9, 2.1, 2.5].map((eta) => {
    const r = gradientDescent({ F: V, grad: dV }, 0.5, { learningRate: eta, steps: 500 });
    return [eta, 1 - eta, r.status, r.iterations, r.final];
  });
  return {
    title: '10. Maximizing F is minimizing −F: gradient descent, and why it works',
    text: [
      'Gradient descent on V = −F = x³/3 − x²/2 is the same sequence again: x_{k+1} = x_k − η·V′(x_k) = x_k + η·f(x_k).',
      'It works because it follows the flow x′ = −V′(x), whose solutions move toward stable equilibria, and the stable',
      'equilibria of that flow are the minima of V: here x = 1, where V′(1) = 0 and V″(1) = −f′(1) = 1 > 0.',
    ],
    tables: [
      { name: 'descent on V from x0 = 0.1, η = 0.5', columns: ['k', 'x_k', 'V(x_k)', "V'(x_k)"], rows },
      {
        name: 'the learning rate matters: near 1 each step multiplies the gap by 1 − η·V″(1)',
        columns: ['η', '1 − η', 'status', 'iterations', 'final x'],
        rows: rates,
      },
    ],
  };
}
