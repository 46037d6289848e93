import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { type SystemRhs, solve } from '../index.ts';
import { rodas4 } from './rodas4.ts';

// SciPy Radau at rtol 1e-12, cross-checked against LSODA (see test/stiff-reference/README.md).
interface StiffReference {
  t: number[];
  x: number[][];
}
const load = (name: string): StiffReference =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../test/stiff-reference/${name}.json`, import.meta.url)), 'utf8'),
  );

/** |a − e| ≤ atol + rtol·|e|, printing all four on failure. */
function expectClose(actual: number, expected: number, rtol: number, atol: number, what: string): void {
  const ok = Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
  expect(ok, `${what}: actual ${actual}, expected ${expected}, rtol ${rtol}, atol ${atol}`).toBe(true);
}

const robertson: SystemRhs = (y, _t, d) => {
  const fast = 1e4 * y[1]! * y[2]!;
  const square = 3e7 * y[1]! * y[1]!;
  d[0] = -0.04 * y[0]! + fast;
  d[1] = 0.04 * y[0]! - fast - square;
  d[2] = square;
};

test('solve(robertson, rodas4) reaches t = 1e11 conserving y₁ + y₂ + y₃ = 1 and matches Radau at t = 40', () => {
  const ref = load('robertson');
  const sol = solve({ f: robertson, x0: [1, 0, 0], t1: 1e11 }, rodas4({ rtol: 1e-6, atol: 1e-10 }));
  expect(sol.status).toBe('success');
  expect(sol.t.at(-1)).toBe(1e11);
  let drift = 0;
  for (let k = 0; k < sol.t.length; k++)
    drift = Math.max(drift, Math.abs(sol.x[3 * k]! + sol.x[3 * k + 1]! + sol.x[3 * k + 2]! - 1));
  expect(drift).toBeLessThanOrEqual(1e-9);
  const j = ref.t.indexOf(40);
  const at40 = sol.at(40);
  for (let i = 0; i < 3; i++) expectClose(at40[i]!, ref.x[j]![i]!, 1e-5, 0, `y${i + 1}(40)`);
  // Every reference time, to 1e-3 relative or 1e-8 absolute (late on y₁ and y₂ are below 1e-6, where the
  // accumulated absolute error of an atol = 1e-10 run governs).
  for (let r = 0; r < ref.t.length; r++) {
    const x = sol.at(ref.t[r]!);
    for (let i = 0; i < 3; i++) expectClose(x[i]!, ref.x[r]![i]!, 1e-3, 1e-8, `y${i + 1}(${ref.t[r]})`);
  }
});

test('solve(van der Pol μ = 1000, rodas4) on [0, 2000] costs ≤ 10⁴ evaluations and lands within 2e-4 of Radau', () => {
  const ref = load('van-der-pol-stiff');
  const mu = 1000;
  const f: SystemRhs = (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = mu * (1 - x[0]! * x[0]!) * x[1]! - x[0]!;
  };
  const sol = solve({ f, x0: [2, 0], t1: 2000 }, rodas4({ rtol: 1e-6, atol: 1e-6 }));
  expect(sol.status).toBe('success');
  expect(sol.nfev).toBeLessThanOrEqual(10_000); // the differenced Jacobian's evaluations included
  const end = sol.at(2000);
  const expected = ref.x.at(-1)!;
  expect(Math.abs(end[0]! - expected[0]!)).toBeLessThanOrEqual(2e-4);
  for (let r = 1; r < ref.t.length; r++)
    expectClose(sol.at(ref.t[r]!)[0]!, ref.x[r]![0]!, 1e-3, 1e-4, `x(${ref.t[r]})`);
});
