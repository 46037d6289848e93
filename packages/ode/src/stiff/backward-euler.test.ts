import { expect, test } from 'vitest';
import {
  euler,
  init,
  PhaseflowError,
  type SystemRhs,
  solve,
  solveMany,
  stabilityFunction,
} from '../index.ts';
import { backwardEuler } from './backward-euler.ts';
import { BACKWARD_EULER_TABLEAU } from './backward-euler-tableau.ts';

test('solve(x′ = λx, backwardEuler) multiplies by R(hλ) = 1/(1 − hλ) each step, for every h', () => {
  for (const lambda of [-1, -1000, 0.5]) {
    for (const h of [0.001, 0.1, 0.25]) {
      const sol = solve({ f: (x: number) => lambda * x, x0: 1, t1: 1 }, backwardEuler({ h }));
      expect(sol.status).toBe('success');
      for (let k = 0; k < sol.t.length; k++) {
        const step = k === 0 ? 0 : sol.t[k]! - sol.t[k - 1]!;
        if (k > 0) {
          const expected = sol.x[k - 1]! / (1 - step * lambda);
          expect(Math.abs(sol.x[k]! - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
        }
      }
    }
  }
});

test('solve(problem, backwardEuler) has global error O(h) (observed order 1 ± 0.2)', () => {
  // x′ = −x + sin t from 1: x = 1.5·e^{−t} + (sin t − cos t)/2, and the logistic equation as a system of one.
  const forced = { f: (x: number, t: number) => -x + Math.sin(t), x0: 1, t1: 2 };
  const exactForced = 1.5 * Math.exp(-2) + 0.5 * (Math.sin(2) - Math.cos(2));
  const grow: SystemRhs = (x, _t, d) => {
    d[0] = x[0]! * (1 - x[0]!);
  };
  const logistic = { f: grow, x0: [0.1], t1: 4 };
  const exactLogistic = 1 / (1 + 9 * Math.exp(-4));
  for (const [error, ns] of [
    [
      (n: number) => Math.abs(solve(forced, backwardEuler({ h: 2 / n })).at(2) - exactForced),
      [100, 200, 400, 800],
    ],
    [
      (n: number) => Math.abs(solve(logistic, backwardEuler({ h: 4 / n })).at(4)[0]! - exactLogistic),
      [100, 200, 400, 800],
    ],
  ] as const) {
    const errors = ns.map(error);
    for (let i = 1; i < errors.length; i++)
      expect(Math.abs(Math.log2(errors[i - 1]! / errors[i]!) - 1)).toBeLessThanOrEqual(0.2);
  }
});

test('solve(problem, backwardEuler) reuses one Jacobian across all steps of a linear problem', () => {
  const f: SystemRhs = (x, _t, d) => {
    d[0] = -1000 * x[0]! + x[1]!;
    d[1] = -x[1]!;
  };
  const sol = solve({ f, x0: [1, 1], t1: 1 }, backwardEuler({ h: 0.01 }));
  expect(sol.status).toBe('success');
  const counters = sol as unknown as { njev: number; nlu: number };
  expect(counters.njev).toBe(1);
  expect(counters.nlu).toBe(1);
  // Two Newton iterations a step (the second confirms the first, exact for linear f), plus one f for the J column differences.
  expect(sol.nfev).toBeLessThanOrEqual(2 + 1 + 2 + 2 * 100);
  // Where explicit Euler at the same h explodes (|1 − 10| > 1), backward Euler decays.
  expect(Math.abs(solve({ f, x0: [1, 1], t1: 1 }, euler({ h: 0.01 })).x.at(-2)!)).toBeGreaterThan(1e10);
  // x₀ relaxes onto its slow manifold x₀ ≈ x₁/1000, with x₁(1) ≈ e⁻¹ (first order: within 1% at h = 0.01).
  expect(Math.abs(sol.x.at(-2)! - Math.exp(-1) / 1000)).toBeLessThan(1e-2 * (Math.exp(-1) / 1000));
});

test('solve(problem, backwardEuler) ends with newton-failed when Newton cannot converge, keeping the points so far', () => {
  // y = x − h·√y at h = 100 from x = 1: the first Newton step lands at y < 0, where √y is NaN.
  const sol = solve({ f: (x: number) => -Math.sqrt(x), x0: 1, t1: 300 }, backwardEuler({ h: 100 }));
  expect(sol.status).toBe('newton-failed');
  expect(sol.t.length).toBe(1);
  expect(sol.x.every(Number.isFinite)).toBe(true);
  // The same problem at a small step converges.
  expect(solve({ f: (x: number) => -Math.sqrt(x), x0: 1, t1: 1 }, backwardEuler({ h: 0.01 })).status).toBe(
    'success',
  );
});

test('solve(problem, backwardEuler) supports tEval, events, maxSteps, init and solveMany', () => {
  const decay = { f: (x: number) => -x, x0: 1, t1: 1 };
  const method = backwardEuler({ h: 0.01 });
  const sampled = solve(decay, method, { tEval: [0, 0.5, 1] });
  expect(Array.from(sampled.t)).toEqual([0, 0.5, 1]);
  expect(Math.abs(sampled.x[2]! - Math.exp(-1))).toBeLessThan(5e-3);
  const hit = solve(decay, method, { events: [{ g: (x: number) => x - 0.5, terminal: true }] });
  expect(hit.status).toBe('terminated');
  expect(Math.abs(hit.t.at(-1)! - Math.log(2))).toBeLessThan(1e-2);
  expect(solve(decay, method, { maxSteps: 3 }).status).toBe('max-steps');
  const full = solve(decay, method);
  const s = init(decay, method);
  while (s.status === 'running') s.step();
  expect(Object.is(s.x, full.x.at(-1))).toBe(true);
  const family = solveMany({ f: (x: number) => -x, t1: 1 }, [1, 2], method, { tEval: [1] });
  expect(family.status).toEqual(['success', 'success']);
  expect(Object.is(family.x[0], full.x.at(-1))).toBe(true);
});

test('backwardEuler(options) rejects bad options with coded errors', () => {
  const code = (make: () => unknown) => {
    try {
      make();
    } catch (error) {
      return (error as PhaseflowError).code;
    }
    return 'none';
  };
  expect(code(() => backwardEuler({ h: -1 }))).toBe('ERR_INVALID_ARG');
  expect(code(() => backwardEuler(undefined as never))).toBe('ERR_INVALID_ARG');
  expect(code(() => backwardEuler({ h: 0.1, tol: 0 }))).toBe('ERR_INVALID_ARG');
  expect(code(() => backwardEuler({ h: 0.1, maxIterations: 0.5 }))).toBe('ERR_INVALID_ARG');
  expect(code(() => backwardEuler({ h: 0.1, step: 1 } as never))).toBe('ERR_UNKNOWN_OPTION');
  expect(
    code(() => solve({ f: (x: number) => x, jacobian: 3, x0: 1, t1: 1 } as never, backwardEuler({ h: 0.1 }))),
  ).toBe('ERR_INVALID_ARG');
  expect(
    code(() =>
      solve({ f: (x: number) => x, jacobian: () => 'a', x0: 1, t1: 1 } as never, backwardEuler({ h: 0.1 })),
    ),
  ).toBe('ERR_INVALID_RETURN');
  const f: SystemRhs = (x, _t, d) => d.set(x);
  expect(
    code(() => solve({ f, jacobian: () => {}, x0: [1, 2], t1: 1 } as never, backwardEuler({ h: 0.1 }))),
  ).toBe('ERR_DIM_MISMATCH');
  expect(PhaseflowError).toBeDefined();
});

test('stabilityFunction(BACKWARD_EULER_TABLEAU) is R(z) = 1/(1 − z), what backwardEuler does on x′ = λx', () => {
  const R = stabilityFunction(BACKWARD_EULER_TABLEAU);
  expect(R.explicit).toBe(false);
  expect(Array.from(R.numerator)).toEqual([1]);
  expect(Array.from(R.denominator)).toEqual([1, -1]);
  for (const z of [-1e6, -100, -2.5, -1, -0.1, 0.5]) {
    expect(Math.abs(R.at(z) - 1 / (1 - z))).toBeLessThanOrEqual(1e-15 * Math.abs(1 / (1 - z)));
    // One step of h = 1 on x′ = z·x from 1 is R(z).
    const step = solve({ f: (x: number) => z * x, x0: 1, t1: 1 }, backwardEuler({ h: 1 }));
    expect(Math.abs(step.at(1) - R.at(z))).toBeLessThanOrEqual(1e-12 * Math.abs(R.at(z)));
  }
  // |R| < 1 on the whole negative axis: stable at every h on a decaying mode (A-stable, and R(−∞) = 0: L-stable).
  expect(Math.abs(R.at(-1e300))).toBeLessThan(1e-299);
});
