import { expect, test } from 'vitest';
import { equilibria } from '../traces/equilibria.ts';
import { logistic } from '../traces/logistic.ts';
import { flowIntervals, phaseLineArrows } from '../traces/phase-line.ts';
import { describeProbe } from './phase-portrait-step.ts';

test('the logistic phase line: equilibria 0 (unstable) and 1 (stable), flow ←, →, ←', () => {
  expect(equilibria(logistic, (x) => 1 - 2 * x, -0.5, 1.5)).toEqual([
    { x: 0, slope: 1, kind: 'unstable' },
    { x: 1, slope: -1, kind: 'stable' },
  ]);
  expect(flowIntervals(logistic, -0.5, 1.5)).toEqual([
    { from: -0.5, to: 0, sign: -1 },
    { from: 0, to: 1, sign: 1 },
    { from: 1, to: 1.5, sign: -1 },
  ]);
  // Each arrow points the way its interval flows: the tip lies on the side of the sign.
  const arrows = phaseLineArrows(logistic, -0.5, 1.5, 0);
  expect(arrows.map((a) => Math.sign((a.x as number) - (a.ax as number)))).toEqual([-1, 1, -1]);
});

test('describeProbe(x) says increasing exactly where f(x) > 0 and decreasing where f(x) < 0', () => {
  for (let i = -4; i <= 14; i++) {
    const x = i / 10;
    const text = describeProbe(x);
    const value = logistic(x);
    expect(text.includes('increasing'), `x = ${x}`).toBe(value > 0);
    expect(text.includes('decreasing'), `x = ${x}`).toBe(value < 0);
  }
});
