import { expect, test } from 'vitest';
import { expectClose } from '../../../test/expect-close.ts';
import { exactPeriod, G_OVER_L, measuredPeriod, solvePendulum } from './pendulum-period.ts';

const degrees = [10, 20, 30, 45, 60, 90, 120, 150, 170];

test('exactPeriod(θ0) matches the small-amplitude series 2π√(ℓ/g)(1 + θ0²/16 + 11θ0⁴/3072)', () => {
  const small = (2 * Math.PI) / Math.sqrt(G_OVER_L);
  expect(exactPeriod(0)).toBe(small);
  for (const theta0 of [0.01, 0.05, 0.1]) {
    const series = small * (1 + theta0 ** 2 / 16 + (11 * theta0 ** 4) / 3072);
    expectClose(`T(${theta0})`, exactPeriod(theta0), series, { rtol: theta0 ** 6 });
  }
});

test('measuredPeriod(solvePendulum(θ0, 12)) (RK4, h = 0.01) agrees with the exact period to 1e-6 relative', () => {
  for (const d of degrees) {
    const theta0 = (d * Math.PI) / 180;
    expectClose(`period at ${d}°`, measuredPeriod(solvePendulum(theta0, 12)), exactPeriod(theta0), {
      rtol: 1e-6,
    });
  }
});

test('the period grows with the amplitude, as the step says', () => {
  const periods = degrees.map((d) => exactPeriod((d * Math.PI) / 180));
  for (let i = 1; i < periods.length; i++) expect(periods[i]!).toBeGreaterThan(periods[i - 1]!);
});

test('solvePendulum conserves the energy ω²/2 − (g/ℓ)cos θ to 1e-6 over 12 s', () => {
  const sol = solvePendulum(Math.PI / 2, 12);
  const energy = (k: number) => sol.x[2 * k + 1]! ** 2 / 2 - G_OVER_L * Math.cos(sol.x[2 * k]!);
  for (let k = 0; k < sol.t.length; k += 50)
    expectClose(`E at t = ${sol.t[k]}`, energy(k), energy(0), { atol: 1e-6 });
});
