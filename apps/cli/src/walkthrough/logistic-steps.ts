import {
  classifyEquilibrium,
  dopri5,
  findEquilibria,
  logisticExact,
  phaseLine,
  rk4,
  solve,
} from '@phaseflow/ode';
import type { Cell, Section } from '../output/report.ts';
import { LOGISTIC } from './logistic.ts';

const f = LOGISTIC.gradient.evaluate;
const df = LOGISTIC.curvature.evaluate;

/** Step 4: the initial value problem x′ = x(1 − x), x(0) = 0.1: RK4 against the exact solution. */
export function logisticStep(): Section {
  const x0 = 0.1;
  const solution = solve({ f, x0, t1: 10 }, rk4({ h: 0.1 }));
  const rows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((t) => {
    const exact = logisticExact(x0, t);
    const computed = solution.at(t);
    return [t, exact, computed, computed - exact];
  });
  return {
    title: '4. Initial value problems and the logistic equation',
    text: [
      'An initial value problem is an equation x′ = f(x) together with a starting value x(0) = x0.',
      'With f(x) = x(1 − x) it is the logistic equation: growth that slows as the population nears the capacity 1.',
      'Its exact solution is x(t) = x0·eᵗ / (1 − x0 + x0·eᵗ); RK4 at h = 0.1 from x0 = 0.1 follows it closely:',
    ],
    tables: [{ name: 'logistic', columns: ['t', 'exact', 'rk4 (h = 0.1)', 'difference'], rows }],
  };
}

/** Step 5: the sign of f on the line, and the phase line that follows from it. */
export function phasePortraitStep(): Section {
  const samples = [-0.5, -0.1, 0, 0.25, 0.5, 0.75, 1, 1.5].map((x) => {
    const value = f(x);
    return [x, value, value > 0 ? 'x increases →' : value < 0 ? 'x decreases ←' : 'x stays'];
  });
  const line = phaseLine(f, [-1, 1.5], { exits: false });
  const intervals: Cell[][] = line.intervals.map((i) => [i.from, i.to, i.direction === 1 ? '→' : '←']);
  return {
    title: '5. The sign of f is the phase portrait',
    text: [
      'Since x′(t) = f(x(t)), the sign of f at the current value says whether a solution rises or falls there.',
      'f(x) = x(1 − x) is negative left of 0, positive between 0 and 1, negative right of 1:',
    ],
    tables: [
      { name: 'sign of f', columns: ['x', 'f(x)', 'so'], rows: samples },
      { name: 'phase line on [-1, 1.5]', columns: ['from', 'to', 'flow'], rows: intervals },
    ],
  };
}

/** Step 6: solutions from several x0, computed by dopri5, move as the phase line says. */
export function solutionsStep(): Section {
  const rows: Cell[][] = [-0.05, 0.05, 0.5, 1.5, 3].map((x0) => {
    const solution = solve({ f, x0, t1: 8 }, dopri5({ rtol: 1e-10, atol: 1e-12 }));
    const last = solution.t.length - 1;
    const predicted = x0 < 0 ? Math.log(1 - 1 / x0) : null;
    return [x0, f(x0) > 0 ? '→' : '←', solution.status, solution.t[last]!, solution.x[last]!, predicted];
  });
  return {
    title: '6. Solutions confirm the portrait',
    text: [
      'Solving from several starting values (dopri5, rtol 1e-10, up to t = 8): those starting in (0, 1) rise to 1,',
      'those above 1 fall to 1, and one starting below 0 falls ever faster and leaves every bound in finite time,',
      'at t = ln(1 − 1/x0), where the solver stops.',
    ],
    tables: [
      {
        name: 'solutions',
        columns: ['x0', 'f(x0) says', 'status', 'last t', 'x(last t)', 'blow-up time ln(1 − 1/x0)'],
        rows,
      },
    ],
  };
}

/** Step 7: the equilibria 0 and 1, classified by the sign of f′, and how fast nearby solutions approach 1. */
export function equilibriaStep(): Section {
  const found = findEquilibria(f, [-1, 1.5]);
  const rows: Cell[][] = found.equilibria.map((e) => {
    const c = classifyEquilibrium(f, e.x, { derivative: df });
    return [e.x, f(e.x), df(e.x), c.kind];
  });
  const x0 = 0.5;
  const approach = [0, 2, 4, 6, 8].map((t) => {
    const gap = 1 - logisticExact(x0, t);
    return [t, gap, gap / Math.exp(-t)];
  });
  return {
    title: '7. Equilibria and their stability',
    text: [
      'Where f(x*) = 0 the constant x(t) = x* is a solution: an equilibrium. Here they are 0 and 1.',
      'f′(x*) < 0 makes x* stable (nearby solutions are pulled in), f′(x*) > 0 unstable (they are pushed away).',
      'Near 1 the gap 1 − x(t) shrinks like e^(f′(1)·t) = e^(−t): the last column settles to a constant.',
    ],
    tables: [
      { name: 'equilibria', columns: ['x*', 'f(x*)', "f'(x*)", 'kind'], rows },
      {
        name: 'approach to 1 from x0 = 0.5',
        columns: ['t', '1 − x(t)', '(1 − x(t))·eᵗ'],
        rows: approach,
      },
    ],
  };
}
