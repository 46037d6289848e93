import { expect, test } from 'vitest';
import { describeOrbit, FIGURES, STEP_SIZES, stepSizeStep } from './step-size-step.ts';

test('stepSizeStep: the bound 2 and the doublings 2, √6 quoted in its prose are the computed ones', () => {
  expect(FIGURES.bound).toBe(2);
  expect(Math.abs(FIGURES.doublings[0]! - 2)).toBeLessThan(1e-9);
  expect(Math.abs(FIGURES.doublings[1]! - Math.sqrt(6))).toBeLessThan(1e-9);
  expect(Math.abs(FIGURES.accumulation - 2.5699456718)).toBeLessThan(1e-5); // r∞ − 1 (Feigenbaum)
  const prose = stepSizeStep.prose.join(' ');
  for (const figure of [
    'η < 2 = 2/|f′(1)|',
    'up to 2.4495 (√6)',
    'up to 2.5441',
    'η ≈ 2.5699',
    'close to 4.67',
  ]) {
    expect(prose).toContain(figure);
  }
});

test('describeOrbit(η) at 0.5, 1.5, 2.2, 2.6, 3.1: settle at 1 (twice), a 2-cycle, no cycle, escape', () => {
  const kinds = STEP_SIZES.map((eta) => {
    const d = describeOrbit(eta);
    expect(Math.abs(d.multiplier - (1 - eta))).toBeLessThan(1e-15);
    return d.status === 'bounded' ? d.tail.length : d.status;
  });
  expect(kinds[0]).toBe(1);
  expect(kinds[1]).toBe(1);
  expect(kinds[2]).toBe(2);
  expect(kinds[3]).toBeGreaterThan(8);
  expect(kinds[4]).toBe('escaped');
  // The 2-cycle at η = 2.2 is the logistic map's at r = 3.2, rescaled by x = (1 + η)/η · y.
  const r = 3.2;
  const c = 3.2 / 2.2;
  const pair = [-1, 1].map((s) => (c * (r + 1 + s * Math.sqrt((r + 1) * (r - 3)))) / (2 * r));
  describeOrbit(2.2).tail.forEach((v, i) => {
    expect(Math.abs(v - pair[i]!)).toBeLessThan(1e-9);
  });
});

test('stepSizeStep.view(η) reads the multiplier and the outcome for each η', () => {
  expect(stepSizeStep.view(0.5).readout).toMatch(
    /^η = 0\.5: Φ′\(1\) = 1 − η = 0\.50, so x\* = 1 attracts; the iterates settle at 1\.000000\./,
  );
  expect(stepSizeStep.view(2.2).readout).toMatch(/repels; the iterates settle on a 2-cycle/);
  expect(stepSizeStep.view(3.1).readout).toMatch(/leave for −∞/);
});
