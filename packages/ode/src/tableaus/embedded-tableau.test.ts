import { describe, expect, test } from 'vitest';
import { evaluateContinuousExtension } from '../engine/dense-output.ts';
import { DOP853_TABLEAU } from './dop853.ts';
import { DOPRI5_TABLEAU } from './dopri5.ts';
import type { EmbeddedTableau } from './embedded-tableau.ts';

const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);
// Σ w_i c_i^(q−1) = 1/q is the quadrature condition of order q: necessary for order ≥ q.
const quadrature = (w: readonly number[], c: readonly number[], q: number) =>
  w.reduce((s, wi, i) => s + wi * c[i]! ** (q - 1), 0);

describe.each([DOPRI5_TABLEAU, DOP853_TABLEAU])('$name embedded tableau', (tableau: EmbeddedTableau) => {
  test('b, bHat (and bHatLow) each sum to 1', () => {
    expect(sum(tableau.b)).toBeCloseTo(1, 14);
    expect(sum(tableau.bHat)).toBeCloseTo(1, 14);
    if (tableau.bHatLow) expect(sum(tableau.bHatLow)).toBeCloseTo(1, 14);
  });

  test('each row of A sums to its c, including the interpolant’s extra stages', () => {
    tableau.a.forEach((row, i) => {
      expect(sum(row)).toBeCloseTo(tableau.c[i]!, 13);
    });
    tableau.denseA.forEach((row, r) => {
      expect(sum(row)).toBeCloseTo(tableau.denseC[r]!, 13);
    });
  });

  test('b satisfies the quadrature conditions up to its order, bHat up to orderHat', () => {
    for (let q = 1; q <= tableau.order; q++) {
      expect(quadrature(tableau.b, tableau.c, q)).toBeCloseTo(1 / q, 13);
    }
    for (let q = 1; q <= tableau.orderHat; q++) {
      expect(quadrature(tableau.bHat, tableau.c, q)).toBeCloseTo(1 / q, 13);
    }
    // The embedded solution really is of lower order: it fails the next condition (else the error estimate is 0).
    const next = tableau.orderHat + 1;
    expect(Math.abs(quadrature(tableau.bHat, tableau.c, next) - 1 / next)).toBeGreaterThan(1e-6);
  });

  test('the last stage is f at the new point (first same as last)', () => {
    const s = tableau.b.length;
    expect(tableau.c[s - 1]).toBe(1);
    expect(tableau.b[s - 1]).toBe(0);
    expect(tableau.a[s - 1]).toEqual(tableau.b.slice(0, s - 1));
  });

  test('the interpolant is the step’s start at θ = 0 and its end at θ = 1', () => {
    const rows = Float64Array.from({ length: 4 + tableau.denseD.length }, (_, r) => (r + 1) * 0.37);
    const out = new Float64Array(1);
    evaluateContinuousExtension(rows, rows.length, 1, 0, out, 0);
    expect(out[0]).toBe(rows[0]);
    evaluateContinuousExtension(rows, rows.length, 1, 1, out, 0);
    expect(out[0]).toBeCloseTo(rows[0]! + rows[1]!, 15);
  });
});
