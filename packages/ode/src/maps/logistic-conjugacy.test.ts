import { expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { criticalStep } from './critical-step.ts';
import { lyapunovExponent } from './lyapunov-exponent.ts';
import { orbit } from './orbit.ts';
import { orbitDiagram } from './orbit-diagram.ts';
import { periodDoublings } from './period-doublings.ts';
import { stepMap } from './step-map.ts';

// Euler on x′ = x(1 − x) with step h: x ↦ x + h·x(1 − x) = (1 + h)·x·(1 − h·x/(1 + h)). With x = c·y,
// c = (1 + h)/h, this is y ↦ r·y(1 − y), the logistic map, r = 1 + h. These tests compute that, not assume it.
const f = (x: number) => x * (1 - x);
const fPrime = (x: number) => 1 - 2 * x;

test('Euler on x(1 − x) at step h is the logistic map at r = 1 + h under x = (1 + h)/h · y', () => {
  for (const h of [0.5, 1.8, 2.3, 2.5, 2.9]) {
    const r = 1 + h;
    const c = (1 + h) / h;
    const euler = orbit(stepMap(f, EULER_TABLEAU, h), 0.3, 25).x;
    let y = 0.3 / c;
    for (let k = 0; k <= 25; k++) {
      // Chaos (h > 2.57) doubles rounding differences each step: 25 steps keep them far below 1e-6.
      expectClose(`h = ${h}, k = ${k}`, euler[k]!, c * y, 1e-6, 0);
      y = r * y * (1 - y);
    }
  }
});

test('the fixed point x* = 1 has multiplier 1 − h and loses stability at h = 2 = 2/|f′(1)|', () => {
  for (const h of [0.5, 1.5, 2.2, 2.6, 3.1]) {
    expectClose(
      `Φ′(1) at h = ${h}`,
      stepMap(f, EULER_TABLEAU, h, { derivative: fPrime }).derivative(1),
      1 - h,
      1e-15,
    );
  }
  expect(criticalStep(f, 1, EULER_TABLEAU, { derivative: fPrime })).toBe(2);
});

test('periodDoublings of Euler on the logistic equation: h = 2 and √6 to 1e-9, accumulation 2.5699456 by extrapolation', () => {
  const doublings = periodDoublings(f, EULER_TABLEAU, { h: [1, 3], count: 9, derivative: fPrime });
  expect(doublings.length).toBe(9);
  expectClose('first doubling', doublings[0]!, 2, 1e-9);
  expectClose('second doubling', doublings[1]!, Math.sqrt(6), 1e-9); // r = 1 + √6, the 2-cycle's multiplier −1
  // Feigenbaum: gaps shrink by δ → 4.669…; the geometric tail gives h∞ ≈ h_k + (h_k − h_(k−1))/(δ_k − 1).
  const gaps = Array.from(doublings.subarray(1), (h, k) => h - doublings[k]!);
  const k = gaps.length - 1;
  const delta = gaps[k - 1]! / gaps[k]!;
  expectClose('δ', delta, 4.6692016, 5e-3);
  const accumulation = doublings[k + 1]! + gaps[k]! / (delta - 1);
  expectClose('h∞ = r∞ − 1', accumulation, 3.5699456718 - 1, 1e-5); // r∞ = 3.5699456718… (Feigenbaum 1978)
  // Without f′ (a central difference of the step), the first two agree to 1e-7.
  const approximate = periodDoublings(f, EULER_TABLEAU, { h: [1, 3], count: 2 });
  expectClose('first, finite difference', approximate[0]!, 2, 1e-7);
  expectClose('second, finite difference', approximate[1]!, Math.sqrt(6), 1e-7);
});

test('orbits from x0 = 0.5 stay bounded for h ≤ 3 and escape for h > 3 (the logistic map past r = 4)', () => {
  const d = orbitDiagram(f, EULER_TABLEAU, { h: [2.9, 3.2], columns: 301, transient: 2000, keep: 50 });
  d.h.forEach((h, j) => {
    if (h <= 3) expect(d.status[j], `h = ${h}`).toBe('bounded');
    else if (h >= 3.002) expect(d.status[j], `h = ${h}`).toBe('escaped');
  });
  for (const v of d.x) expect(Number.isNaN(v)).toBe(false);
  // At h = 3 (r = 4) the orbit is chaotic with exponent ln 2 (the map is conjugate to the doubling map).
  const chaos = lyapunovExponent(stepMap(f, EULER_TABLEAU, 3, { derivative: fPrime }), 0.3, { n: 200_000 });
  expectClose('λ at h = 3', chaos.exponent!, Math.LN2, 5e-3);
});
