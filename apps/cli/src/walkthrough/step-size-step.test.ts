import { expect, test } from 'vitest';
import { STEP_SIZES, settles, stepSizeStep } from './step-size-step.ts';

test('stepSizeStep(): the multiplier 1 − η at x* = 1, attracting exactly for the η below 2', () => {
  const section = stepSizeStep();
  expect(section.title).toBe('11. When the step is too big');
  const rows = [...section.tables[0]!.rows];
  expect(rows.map((r) => r[0])).toEqual([...STEP_SIZES]);
  for (const [eta, multiplier, attracts] of rows) {
    expect(Math.abs((multiplier as number) - (1 - (eta as number)))).toBeLessThan(1e-15);
    expect(attracts).toBe((eta as number) < 2);
  }
  expect(rows.map((r) => r[3])).toEqual([
    'fixed point',
    'fixed point',
    '2-cycle',
    'no cycle (chaos)',
    'escaped',
  ]);
  const doublings = [...section.tables[1]!.rows].map((r) => r[1] as number);
  expect(Math.abs(doublings[0]! - 2)).toBeLessThan(1e-9);
  expect(Math.abs(doublings[1]! - Math.sqrt(6))).toBeLessThan(1e-9);
  // The prose quotes the bound, √6, the third doubling and the accumulation point as computed.
  const prose = section.text.join(' ');
  for (const figure of ['η < 2 = 2/|f′(1)|', '2.449490 (= √6)', '2.544090', '2.56995'])
    expect(prose).toContain(figure);
});

test('settles(η): the 2-cycle at η = 2.2 is the pair the logistic map r = 3.2 gives, rescaled by (1 + η)/η', () => {
  // For y ↦ r·y(1 − y) the 2-cycle is y = (r + 1 ± √((r + 1)(r − 3)))/(2r).
  const eta = 2.2;
  const r = 1 + eta;
  const c = (1 + eta) / eta;
  const pair = [-1, 1].map((s) => (c * (r + 1 + s * Math.sqrt((r + 1) * (r - 3)))) / (2 * r));
  const found = settles(eta).values;
  expect(found).toHaveLength(2);
  found.forEach((v, i) => {
    expect(Math.abs(v - pair[i]!)).toBeLessThan(1e-9);
  });
  // Bounded at η = 3 (r = 4), escaping just past it.
  expect(settles(3).kind).not.toBe('escaped');
  expect(settles(3.05).kind).toBe('escaped');
});
