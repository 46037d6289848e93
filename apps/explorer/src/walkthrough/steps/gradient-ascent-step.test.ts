import { expect, test } from 'vitest';
import { ascentAndEuler } from '../traces/ascent-and-euler.ts';
import { compareSequences, gradientAscentStep } from './gradient-ascent-step.ts';

function handLoop(x0: number, eta: number, steps: number, grad: (x: number) => number): Float64Array {
  const xs = new Float64Array(steps + 1);
  xs[0] = x0;
  for (let k = 0; k < steps; k++) xs[k + 1] = xs[k]! + eta * grad(xs[k]!);
  return xs;
}

test('ascentAndEuler: Euler on x(1 − x) and gradient ascent on x²/2 − x³/3 agree bit for bit for every η of the step', () => {
  for (const eta of gradientAscentStep.control.values) {
    const run = ascentAndEuler(0.1, eta, 12);
    const same = compareSequences(run.euler, run.ascent);
    expect(same, `η = ${eta}`).toEqual({ compared: run.ascent.length, maxDifference: 0, identical: true });
    expect(run.ascent.length).toBeGreaterThan(8);
    // And both are the plain recursion x + η·x(1 − x), written out by hand.
    expect(
      compareSequences(
        handLoop(0.1, eta, 12, (x) => x * (1 - x)),
        run.euler,
      ).identical,
    ).toBe(true);
  }
});

test('the table of step 9 prints a difference of exactly 0 on every row it compares', () => {
  for (const eta of gradientAscentStep.control.values) {
    const rows = gradientAscentStep.view(eta).table!.rows;
    expect(rows.length).toBe(13);
    for (const row of rows)
      if (typeof row[2] === 'number') expect(row[3], `η = ${eta}, k = ${row[0]}`).toBe(0);
  }
});

test("the prose's claims: with F′ = x − x² the sequences part in the last bit at x₈; η = 2.5 does not settle", () => {
  const a = handLoop(0.1, 0.5, 12, (x) => x * (1 - x));
  const b = handLoop(0.1, 0.5, 12, (x) => x - x * x);
  const first = a.findIndex((v, k) => v !== b[k]);
  expect(first).toBe(8);
  expect(Math.abs(a[8]! - b[8]!)).toBeLessThanOrEqual(2 * Number.EPSILON);
  const wild = ascentAndEuler(0.1, 2.5, 12).ascent;
  expect(Math.max(...Array.from(wild.slice(6), (x) => Math.abs(x - 1)))).toBeGreaterThan(0.1);
});
