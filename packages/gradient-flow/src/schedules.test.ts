import { describe, expect, test } from 'vitest';
import { gradientDescent } from './gradient-descent.ts';
import { notch } from './objectives/notch.ts';
import { constant, exponentialDecay, inverseTime, stepDecay } from './schedules.ts';

describe('learning-rate schedules are pure functions of the step', () => {
  test('exponentialDecay(η0, d)(k) follows the blog recurrence η_{k+1} = η_k·d to a few ulps per step', () => {
    const s = exponentialDecay(0.3, 0.97);
    let eta = 0.3;
    for (let k = 0; k < 500; k++) {
      const tol = 4 * (k + 1) * Number.EPSILON * eta;
      if (!(Math.abs(s(k) - eta) <= tol))
        throw new Error(`k = ${k}: ${s(k)} vs recurrence ${eta}, tol ${tol}`);
      eta *= 0.97;
    }
  });

  test('each schedule gives the same value for the same k, in any call order', () => {
    for (const s of [
      constant(0.2),
      exponentialDecay(0.5, 0.9),
      stepDecay(0.4, 0.5, 3),
      inverseTime(1, 0.25),
    ]) {
      const forward = Array.from({ length: 50 }, (_, k) => s(k));
      const backward = Array.from({ length: 50 }, (_, k) => s(49 - k)).reverse();
      expect(backward).toEqual(forward);
    }
  });

  test('stepDecay halves every `every` steps; inverseTime is η0/(1 + r·k)', () => {
    const s = stepDecay(0.4, 0.5, 10);
    expect([s(0), s(9), s(10), s(19), s(20), s(35)]).toEqual([0.4, 0.4, 0.2, 0.2, 0.1, 0.05]);
    const inv = inverseTime(2, 0.5);
    for (let k = 0; k < 20; k++) expect(inv(k)).toBe(2 / (1 + 0.5 * k));
  });

  test('constant, exponential and inverse-time schedules are non-increasing', () => {
    for (const s of [
      constant(0.2),
      exponentialDecay(0.5, 0.9),
      stepDecay(0.4, 0.5, 3),
      inverseTime(1, 0.25),
    ]) {
      for (let k = 1; k < 200; k++) expect(s(k)).toBeLessThanOrEqual(s(k - 1));
    }
  });

  test('the notch: a constant step jumps over it, an exponentially decaying one settles in it', () => {
    const f = notch();
    const fixed = gradientDescent(f, 3, { learningRate: 0.5, steps: 5000 });
    const decayed = gradientDescent(f, 3, { learningRate: exponentialDecay(0.5, 0.995), steps: 5000 });
    expect(fixed.status).toBe('max-iterations');
    expect(Math.abs(decayed.final)).toBeLessThan(1e-6);
    expect(decayed.finalValue).toBeLessThan(fixed.finalValue);
    // Once η_k < 2/F″(0) = 2/400.1 the notch's minimum is stable: it settled after that point.
    expect(decayed.stepSizes[decayed.iterations - 1]!).toBeLessThan(2 / f.hessian(0));
  });
});
