import fc from 'fast-check';
import { expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { DOP853_TABLEAU } from '../tableaus/dop853.ts';
import { DOPRI5_TABLEAU } from '../tableaus/dopri5.ts';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { HEUN_TABLEAU } from '../tableaus/heun.ts';
import { MIDPOINT_TABLEAU } from '../tableaus/midpoint.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { determinantPolynomial } from './determinant-polynomial.ts';
import { stabilityFunction } from './stability-function.ts';

/** R(z) = 1 + z·bᵀ(I − zA)⁻¹𝟙 by Gaussian elimination with partial pivoting: the definition, computed directly. */
function directR(a: readonly (readonly number[])[], b: readonly number[], z: number): number {
  const s = b.length;
  const M = Array.from({ length: s }, (_, i) => [
    ...Array.from({ length: s }, (_, j) => (i === j ? 1 : 0) - z * (a[i]?.[j] ?? 0)),
    1,
  ]);
  for (let col = 0; col < s; col++) {
    let pivot = col;
    for (let r = col + 1; r < s; r++) if (Math.abs(M[r]![col]!) > Math.abs(M[pivot]![col]!)) pivot = r;
    [M[col], M[pivot]] = [M[pivot]!, M[col]!];
    for (let r = col + 1; r < s; r++) {
      const factor = M[r]![col]! / M[col]![col]!;
      for (let c = col; c <= s; c++) M[r]![c]! -= factor * M[col]![c]!;
    }
  }
  const y = new Array<number>(s).fill(0);
  for (let r = s - 1; r >= 0; r--) {
    let sum = M[r]![s]!;
    for (let c = r + 1; c < s; c++) sum -= M[r]![c]! * y[c]!;
    y[r] = sum / M[r]![r]!;
  }
  return 1 + z * b.reduce((sum, bi, i) => sum + bi * y[i]!, 0);
}

const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));

test('stabilityFunction of Euler, Heun, midpoint, RK4 is the Taylor polynomial of e^z of their order', () => {
  for (const tableau of [EULER_TABLEAU, HEUN_TABLEAU, MIDPOINT_TABLEAU, RK4_TABLEAU]) {
    const R = stabilityFunction(tableau);
    expect(R.explicit).toBe(true);
    expect(Array.from(R.denominator)).toEqual([1]);
    expect(R.numerator.length).toBe(tableau.order + 1);
    R.numerator.forEach((c, k) => {
      expectClose(`${tableau.name} z^${k}`, c, 1 / factorial(k), 0, 1e-15);
    });
  }
  expect(Array.from(stabilityFunction(RK4_TABLEAU).numerator.subarray(0, 2))).toEqual([1, 1]);
});

test('stabilityFunction(DOPRI5_TABLEAU) matches e^z to z^5 and the direct solve everywhere', () => {
  const R = stabilityFunction(DOPRI5_TABLEAU);
  for (let k = 0; k <= 5; k++) expectClose(`z^${k}`, R.numerator[k]!, 1 / factorial(k), 0, 1e-13);
  expect(R.numerator.length).toBe(7); // degree 6: the seventh stage (FSAL) carries weight 0 in b
  for (const z of [-3.3, -1, 0.5]) {
    expectClose(`R(${z})`, R.at(z), directR(DOPRI5_TABLEAU.a, DOPRI5_TABLEAU.b, z), 1e-14, 1e-13);
  }
  const R8 = stabilityFunction(DOP853_TABLEAU);
  for (const z of [-5, -2, 1])
    expectClose(`dop853 R(${z})`, R8.at(z), directR(DOP853_TABLEAU.a, DOP853_TABLEAU.b, z), 2e-12, 1e-12);
});

test('stabilityFunction of implicit tableaus is rational: backward Euler, implicit midpoint, Gauss, SDIRK', () => {
  const backward = stabilityFunction({ name: 'backward-euler', order: 1, c: [1], a: [[1]], b: [1] });
  expect(backward.explicit).toBe(false);
  expect(Array.from(backward.numerator)).toEqual([1]);
  expect(Array.from(backward.denominator)).toEqual([1, -1]);
  const mid = stabilityFunction({ name: 'implicit-midpoint', order: 2, c: [0.5], a: [[0.5]], b: [1] });
  expect(Array.from(mid.numerator)).toEqual([1, 0.5]);
  expect(Array.from(mid.denominator)).toEqual([1, -0.5]);
  // Two-stage Gauss–Legendre: the (2,2) Padé approximant (1 + z/2 + z²/12)/(1 − z/2 + z²/12).
  const r3 = Math.sqrt(3) / 6;
  const gauss: ButcherTableau = {
    name: 'gauss2',
    order: 4,
    c: [0.5 - r3, 0.5 + r3],
    a: [
      [0.25, 0.25 - r3],
      [0.25 + r3, 0.25],
    ],
    b: [0.5, 0.5],
  };
  const G = stabilityFunction(gauss);
  [1, 0.5, 1 / 12].forEach((c, k) => {
    expectClose(`gauss num z^${k}`, G.numerator[k]!, c, 1e-15);
  });
  [1, -0.5, 1 / 12].forEach((c, k) => {
    expectClose(`gauss den z^${k}`, G.denominator[k]!, c, 1e-15);
  });
  // Two-stage SDIRK, γ = 1 − 1/√2 (L-stable): checked against the direct solve.
  const g = 1 - Math.SQRT1_2;
  const sdirk = { a: [[g], [1 - g, g]], b: [1 - g, g] };
  const S = stabilityFunction({ name: 'sdirk2', order: 2, c: [g, 1], ...sdirk });
  for (const z of [-100, -4, -0.5, 0.3])
    expectClose(`sdirk R(${z})`, S.at(z), directR(sdirk.a, sdirk.b, z), 1e-14, 1e-13);
  expectClose('sdirk R(−1e8) → 0 (L-stable)', S.at(-1e8), 0, 1e-7);
});

test('determinantPolynomial of an explicit tableau’s det(I − zA + z𝟙bᵀ) equals the series bᵀA^k𝟙', () => {
  const s = 4;
  const B = new Float64Array(s * s);
  RK4_TABLEAU.a.forEach((row, i) => {
    for (let j = 0; j < s; j++) B[i * s + j] = RK4_TABLEAU.b[j]! - (row[j] ?? 0);
  });
  const viaDeterminant = determinantPolynomial(B, s);
  const viaSeries = stabilityFunction(RK4_TABLEAU).numerator;
  viaSeries.forEach((c, k) => {
    expectClose(`z^${k}`, viaDeterminant[k]!, c, 1e-15);
  });
});

test('stabilityFunction(tableau).at(z) equals 1 + z·bᵀ(I − zA)⁻¹𝟙 for 10^4 random tableaus, explicit and implicit', () => {
  const coefficient = fc.double({ min: -2, max: 2, noNaN: true });
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 5 }),
      fc.boolean(),
      fc.array(coefficient, { minLength: 36, maxLength: 36 }),
      fc.double({ min: -0.4, max: 0.4, noNaN: true }),
      (s, implicit, pool, z) => {
        const a = Array.from({ length: s }, (_, i) =>
          Array.from({ length: implicit ? s : i }, (_, j) => pool[i * s + j]! / s),
        );
        const b = pool.slice(30, 30 + s);
        const R = stabilityFunction({ name: 'random', order: 0, c: a.map(() => 0), a, b });
        if (!(R.explicit || implicit))
          throw new Error('a strictly lower-triangular A must give an explicit R');
        for (const v of [...R.numerator, ...R.denominator])
          if (!Number.isFinite(v)) throw new Error(`coefficient ${v}`);
        expectClose(`R(${z}) s = ${s}`, R.at(z), directR(a, b, z), 1e-12, 1e-10);
      },
    ),
    { numRuns: 10_000 },
  );
});

test('stabilityFunction rejects what is not a tableau (coded errors)', () => {
  for (const bad of [
    null,
    3,
    { b: [1] },
    { a: [[1, 2]], b: [1] },
    { a: [[]], b: ['x'] },
    { a: [[]], b: [1], c: [1, 2] },
  ]) {
    expect(() => stabilityFunction(bad as never)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
  }
});
