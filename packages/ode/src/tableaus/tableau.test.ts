import { describe, expect, test } from 'vitest';
import { EULER_TABLEAU } from './euler.ts';
import { HEUN_TABLEAU } from './heun.ts';
import { MIDPOINT_TABLEAU } from './midpoint.ts';
import { RK4_TABLEAU } from './rk4.ts';

const TABLEAUS = [EULER_TABLEAU, HEUN_TABLEAU, MIDPOINT_TABLEAU, RK4_TABLEAU];

describe.each(TABLEAUS)('$name tableau', (tableau) => {
  test('weights b sum to 1', () => {
    expect(tableau.b.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 15);
  });

  test('each row of A sums to its c', () => {
    tableau.a.forEach((row, i) => {
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(tableau.c[i]!, 15);
    });
  });

  test('A is strictly lower triangular (explicit method)', () => {
    tableau.a.forEach((row, i) => {
      expect(row.length).toBeLessThanOrEqual(i);
    });
    expect(tableau.c.length).toBe(tableau.b.length);
    expect(tableau.a.length).toBe(tableau.b.length);
  });

  if (tableau.order >= 2) {
    test('satisfies the second-order condition Σ b_i c_i = 1/2', () => {
      expect(tableau.b.reduce((s, b, i) => s + b * tableau.c[i]!, 0)).toBeCloseTo(1 / 2, 15);
    });
  }
});
