import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { dop853, dopri5 } from '../adaptive-methods.ts';
import { logisticExact } from '../closed-forms/logistic-exact.ts';
import { PhaseflowError } from '../errors.ts';
import { euler, rk4 } from '../fixed-step-methods.ts';
import { solve } from './solve.ts';
import { init } from './stepper.ts';

const logistic = (x: number) => x * (1 - x);
const rotation = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = -x[1]!;
  d[1] = x[0]!;
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return e instanceof PhaseflowError ? e.code : 'not a PhaseflowError';
  }
  return undefined;
}

describe('init(problem, euler).step(h)', () => {
  it('is x + h·f(x) for every h_k, bit for bit, with one evaluation per step (10^4 fast-checked runs)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.array(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (x0, hs) => {
          let calls = 0;
          const f = (x: number) => {
            calls++;
            return logistic(x);
          };
          const s = init({ f, x0, t1: 100 }, euler({ h: 0.1 }));
          const probes = calls;
          let x = x0;
          let t = 0;
          for (const h of hs) {
            s.step(h);
            x = x + h * logistic(x);
            t += h;
            expect(s.x).toBe(x);
            expect(s.t).toBe(t);
          }
          expect(calls - probes).toBe(hs.length); // nothing computed ahead
          expect(s.naccept).toBe(hs.length);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 30_000); // ~2 s alone; the shared machine's load can triple it

  it('with the method h gives solve()’s states bit for bit (an autonomous f)', () => {
    const problem = {
      f: (x: Float64Array, _t: number, d: Float64Array) => {
        d[0] = x[1]!;
        d[1] = -x[0]!;
      },
      x0: [1, 0],
      t1: 1,
    };
    const whole = solve(problem, rk4({ h: 0.01 }));
    const s = init(problem, rk4({ h: 0.01 }));
    for (let k = 0; k < 50; k++) s.step(0.01);
    expect(Array.from(s.x)).toEqual(Array.from(whole.x.subarray(100, 102)));
  });

  it('lands on t1 and ends with success when h would pass it', () => {
    const s = init({ f: logistic, x0: 0.5, t1: 1 }, euler({ h: 0.1 }));
    s.step(0.75);
    expect(s.status).toBe('running');
    s.step(0.75);
    expect(s.t).toBe(1);
    expect(s.status).toBe('success');
    expect(s.x).toBe(0.5 + 0.75 * logistic(0.5) + 0.25 * logistic(0.5 + 0.75 * logistic(0.5)));
  });

  it('steps backward when t1 < t0, and step() then goes on by the method h', () => {
    const s = init({ f: logistic, x0: 0.5, t0: 1, t1: 0 }, euler({ h: 0.25 }));
    s.step(0.5);
    expect(s.t).toBe(0.5);
    s.step();
    expect(s.t).toBe(0.25);
    expect(s.x).toBe(0.5 - 0.5 * logistic(0.5) - 0.25 * logistic(0.5 - 0.5 * logistic(0.5)));
  });

  it('ends with max-steps after maxSteps steps, and with non-finite at a blow-up', () => {
    const s = init({ f: logistic, x0: 0.5, t1: 10 }, euler({ h: 0.1 }), { maxSteps: 2 });
    s.step(0.1);
    s.step(0.1);
    expect(s.status).toBe('max-steps');
    const b = init({ f: (x: number) => x * x, x0: 1e200, t1: 10 }, euler({ h: 0.1 }));
    b.step(1);
    expect(b.status).toBe('non-finite');
    expect(b.x).toBe(1e200);
  });

  it('throws ERR_INVALID_ARG for a bad h, for an h that cannot move t, and for adaptive methods', () => {
    const s = init({ f: logistic, x0: 0.5, t1: 1e9 }, euler({ h: 1 }));
    for (const h of [0, -1, Number.NaN, Infinity, '1'])
      expect(codeOf(() => s.step(h as number))).toBe('ERR_INVALID_ARG');
    s.step(1e6);
    expect(codeOf(() => s.step(1e-12))).toBe('ERR_INVALID_ARG');
    const a = init({ f: logistic, x0: 0.5, t1: 1 }, dopri5());
    expect(codeOf(() => a.step(0.1))).toBe('ERR_INVALID_ARG');
  });
});

describe('init(problem, method) stepper', () => {
  test.each([
    ['dopri5', dopri5()],
    ['dop853', dop853({ rtol: 1e-7 })],
  ])('stepping %s to the end gives solve’s trajectory bit for bit', (_, m) => {
    const problem = { f: rotation, x0: [1, 0], t1: 6 };
    const stepper = init(problem, m);
    const ts = [stepper.t];
    const xs = [...stepper.x];
    while (stepper.status === 'running') {
      stepper.step();
      ts.push(stepper.t);
      xs.push(...stepper.x);
    }
    const sol = solve(problem, m);
    expect(stepper.status).toBe('success');
    expect(ts).toEqual(Array.from(sol.t));
    expect(xs).toEqual(Array.from(sol.x));
    expect(Array.from(stepper.at([0.5, 5.9]))).toEqual(Array.from(sol.at([0.5, 5.9])));
  });

  test('a scalar stepper reports numbers and interpolates what it has reached', () => {
    const stepper = init({ f: logistic, x0: 0.1, t1: 10 }, dopri5({ rtol: 1e-9 }));
    stepper.step();
    stepper.step();
    expect(typeof stepper.x).toBe('number');
    const t = stepper.t / 2;
    expect(stepper.at(t)).toBeCloseTo(logisticExact(0.1, t), 8);
    expect(() => stepper.at(stepper.t * 1.5)).toThrow(PhaseflowError);
  });
});
