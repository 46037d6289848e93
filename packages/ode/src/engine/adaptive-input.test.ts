import { describe, expect, test } from 'vitest';
import { dop853, dopri5, init, PhaseflowError, solve } from '../index.ts';

const logistic = (x: number) => x * (1 - x);
const rotation = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = -x[1]!;
  d[1] = x[0]!;
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof PhaseflowError) return error.code;
    throw error;
  }
  return undefined;
}

describe('dopri5(options), dop853(options) and solve options reject bad input', () => {
  test.each([
    ['rtol = 0', () => dopri5({ rtol: 0 }), 'ERR_INVALID_ARG'],
    ['rtol < 0', () => dop853({ rtol: -1e-6 }), 'ERR_INVALID_ARG'],
    ['rtol NaN', () => dopri5({ rtol: Number.NaN }), 'ERR_INVALID_ARG'],
    ['rtol entry ≤ 0', () => dopri5({ rtol: [1e-6, 0] }), 'ERR_INVALID_ARG'],
    ['atol < 0', () => dopri5({ atol: -1e-9 }), 'ERR_INVALID_ARG'],
    ['atol entry < 0', () => dop853({ atol: [1e-9, -1] }), 'ERR_INVALID_ARG'],
    ['atol not a number', () => dopri5({ atol: '1e-6' as never }), 'ERR_INVALID_ARG'],
    ['firstStep ≤ 0', () => dopri5({ firstStep: 0 }), 'ERR_INVALID_ARG'],
    ['maxStep Infinity', () => dopri5({ maxStep: Number.POSITIVE_INFINITY }), 'ERR_INVALID_ARG'],
    ['maxSteps in the factory (a run option)', () => dopri5({ maxSteps: 10 } as never), 'ERR_UNKNOWN_OPTION'],
    ['misspelt option', () => dop853({ rtoll: 1e-6 } as never), 'ERR_UNKNOWN_OPTION'],
    [
      'atol of the wrong length',
      () => solve({ f: rotation, x0: [1, 0], t1: 1 }, dopri5({ atol: [1e-6, 1e-6, 1e-6] })),
      'ERR_DIM_MISMATCH',
    ],
    [
      'rtol of the wrong length',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5({ rtol: [1e-6, 1e-6] })),
      'ERR_DIM_MISMATCH',
    ],
    [
      'unsorted tEval',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { tEval: [0, 0.5, 0.2] }),
      'ERR_INVALID_ARG',
    ],
    [
      'tEval sorted the wrong way for a backward run',
      () => solve({ f: logistic, x0: 0.1, t0: 1, t1: 0 }, dopri5(), { tEval: [0.2, 0.5] }),
      'ERR_INVALID_ARG',
    ],
    [
      'tEval outside the span',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { tEval: [0, 1.5] }),
      'ERR_INVALID_ARG',
    ],
    [
      'tEval with NaN',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { tEval: [Number.NaN] }),
      'ERR_INVALID_ARG',
    ],
    [
      'unknown solve option',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { rtol: 1 } as never),
      'ERR_UNKNOWN_OPTION',
    ],
    [
      'events not an array',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { events: { g: () => 0 } as never }),
      'ERR_INVALID_ARG',
    ],
    [
      'event g not a function',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { events: [{ g: 1 as never }] }),
      'ERR_INVALID_ARG',
    ],
    [
      'event direction 2',
      () =>
        solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), {
          events: [{ g: (x) => x, direction: 2 as never }],
        }),
      'ERR_INVALID_ARG',
    ],
    [
      'event terminal 0.5',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { events: [{ g: (x) => x, terminal: 0.5 }] }),
      'ERR_INVALID_ARG',
    ],
    [
      'event with an unknown key',
      () =>
        solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), {
          events: [{ g: (x: number) => x, when: 1 } as never],
        }),
      'ERR_UNKNOWN_OPTION',
    ],
    [
      'event g returning a string',
      () => solve({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { events: [{ g: () => 'x' as never }] }),
      'ERR_INVALID_RETURN',
    ],
    [
      'init with bad options',
      () => init({ f: logistic, x0: 0.1, t1: 1 }, dopri5(), { maxSteps: 0 }),
      'ERR_INVALID_ARG',
    ],
  ])('%s throws %s', (_, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });

  test('the message names the argument, the rule and the value', () => {
    expect(() => dopri5({ atol: -2 })).toThrow(
      '`dopri5(options).atol` must be a finite number ≥ 0. Value: `-2`.',
    );
  });

  test('per-component tolerances are accepted and the caller’s arrays are not kept', () => {
    const atol = [1e-9, 1e-9];
    const method = dopri5({ rtol: [1e-8, 1e-8], atol });
    atol[0] = -1;
    const sol = solve({ f: rotation, x0: [1, 0], t1: 1 }, method);
    expect(sol.status).toBe('success');
    expect(Math.abs(sol.x.at(-2)! - Math.cos(1))).toBeLessThan(1e-7);
  });
});
