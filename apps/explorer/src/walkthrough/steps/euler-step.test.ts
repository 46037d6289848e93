import { logisticExact } from '@phaseflow/ode';
import { expect, test } from 'vitest';
import { eulerRun, eulerStep } from './euler-step.ts';

test("eulerRun(h): halving h halves the largest error (Euler's method is first order)", () => {
  const errors = eulerStep.control.values.map((h) => eulerRun(h).maxError);
  const ratios = errors.slice(1).map((e, i) => errors[i]! / e);
  for (const ratio of ratios) {
    expect(ratio).toBeGreaterThan(1.85);
    expect(ratio).toBeLessThan(2.05);
  }
  expect(Math.abs(ratios.at(-1)! - 2)).toBeLessThan(0.01);
});

test('eulerRun(h).maxError equals the largest error of a hand-written Euler loop on x(1 − x)', () => {
  for (const h of eulerStep.control.values) {
    let x = 0.1;
    let worst = 0;
    const n = Math.round(10 / h);
    for (let k = 1; k <= n; k++) {
      x = x + h * (x * (1 - x));
      worst = Math.max(worst, Math.abs(x - logisticExact(0.1, k * h)));
    }
    expect(eulerRun(h).maxError, `h = ${h}`).toBe(worst);
  }
});
