import { expect, test } from 'vitest';
import { CURVE_POINTS, solutionCurves } from './solution-family.ts';

// g = −400·(x − 0.3), stiff like the notch preset: every curve relaxes onto 0.3 within ~0.01.
const g = (x: number) => -400 * (x - 0.3);
const exact = (x0: number, t: number) => 0.3 + (x0 - 0.3) * Math.exp(-400 * t);
const window = { lipschitz: 400, xMin: -1, xMax: 1 };

test('solutionCurves(g, starts, tMax, { method: rodas4 }) draws a stiff family to tMax at the tEval points', () => {
  const curves = solutionCurves(g, [-0.5, 0.9], 5, { ...window, method: 'rodas4' });
  for (const c of curves) {
    expect(c.t.length).toBe(CURVE_POINTS + 1);
    expect(c.t.at(-1)).toBe(5);
    for (let k = 0; k < c.t.length; k++) expect(Math.abs(c.x[k]! - exact(c.x0, c.t[k]!))).toBeLessThan(1e-5);
  }
});

test('solutionCurves(g, starts, tMax, { method: backward-euler }) steps at tMax / CURVE_POINTS whatever L is', () => {
  // h = 0.025 is 20× RK4's stability limit here; implicit Euler divides the offset by 1 + 400h = 11 each step.
  const [c] = solutionCurves(g, [0.9], 5, { ...window, method: 'backward-euler' });
  expect(c!.t.length).toBe(CURVE_POINTS + 1);
  expect(c!.t.at(-1)).toBe(5);
  expect(Math.abs(c!.x[1]! - (0.3 + 0.6 / 11))).toBeLessThan(1e-12);
  expect(Math.abs(c!.x.at(-1)! - 0.3)).toBeLessThan(1e-12);
});
