import { logisticPotential } from '@phaseflow/gradient-flow';
import { expect, test } from 'vitest';
import { ascentAndEuler } from '../traces/ascent-and-euler.ts';
import { compareSequences } from './gradient-ascent-step.ts';
import { descend, gradientDescentStep } from './gradient-descent-step.ts';

test('descend(0.1) on V = −F gives the very iterates of gradient ascent on F and of Euler (step 9), bit for bit', () => {
  const run = descend(0.1);
  const ascent = ascentAndEuler(0.1, 0.5, 15);
  expect(compareSequences(run.x, ascent.euler)).toEqual({ compared: 16, maxDifference: 0, identical: true });
});

test('descend(x0): V goes down at every step from every start right of 0, and the run ends closer to x = 1', () => {
  for (const x0 of gradientDescentStep.control.values.filter((x) => x > 0)) {
    const run = descend(x0);
    for (let k = 1; k < run.values.length; k++)
      expect(run.values[k]!, `x0 = ${x0}, k = ${k}`).toBeLessThan(run.values[k - 1]!);
    expect(Math.abs(run.final - 1)).toBeLessThan(Math.abs(x0 - 1));
  }
});

test('descend(−0.1) runs away (V is unbounded below left of 0), and η < 2 is the stability bound at x = 1', () => {
  expect(descend(-0.1).status).toBe('diverged');
  const V = logisticPotential();
  expect(V.hessian!(1)).toBe(1);
  expect(V.F(1)).toBeCloseTo(-1 / 6, 15);
});
