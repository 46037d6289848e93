import { expect, test } from 'vitest';
import { expectClose } from '../../../test/expect-close.ts';
import { averageSpeed, derivativeStep } from './derivative-step.ts';

test('averageSpeed(Δt) exceeds x′(1) = 1.5 by exactly Δt/2 + Δt²/6 (the Taylor remainder of t³/6 + t)', () => {
  for (const dt of derivativeStep.control.values) {
    expectClose(`gap at Δt = ${dt}`, averageSpeed(dt) - 1.5, dt / 2 + (dt * dt) / 6, { atol: 1e-12 });
  }
});

test('the secant slopes approach the tangent slope monotonically as the slider shrinks Δt', () => {
  const gaps = derivativeStep.control.values.map((dt) => averageSpeed(dt) - 1.5);
  for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThan(gaps[i - 1]!);
  expect(gaps.at(-1)!).toBeLessThan(0.01);
});
