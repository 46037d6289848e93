import { expect, test } from 'vitest';
import { checkDirection, solutionsStep } from './solutions-step.ts';

test('checkDirection(x0): every RK4 step moves the way the sign of f(x0) says, for every start of the step', () => {
  for (const x0 of solutionsStep.control.values) {
    const check = checkDirection(x0);
    expect(check.steps, `x0 = ${x0}`).toBeGreaterThan(40);
    expect(check.wrong, `x0 = ${x0}`).toBe(0);
  }
  expect([
    checkDirection(0).sign,
    checkDirection(1).sign,
    checkDirection(0.3).sign,
    checkDirection(2.2).sign,
  ]).toEqual([0, 0, 1, -1]);
});

test('the readout for x0 = −0.05 gives the blow-up time ln 21 ≈ 3.0445 the prose quotes', () => {
  expect(Math.log(21).toFixed(4)).toBe('3.0445');
  expect(solutionsStep.view(-0.05).readout).toContain('reaches −∞ at t = 3.0445 by blowUpTime');
});
