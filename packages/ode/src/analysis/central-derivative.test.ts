import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PhaseflowError } from '../errors.ts';
import { CENTRAL_STEP, centralDerivative } from './central-derivative.ts';

const close = (a: number, e: number, atol: number, rtol: number) =>
  Math.abs(a - e) <= atol + rtol * Math.abs(e);

describe('centralDerivative(f, x)', () => {
  test('CENTRAL_STEP is ∛ε', () => {
    expect(CENTRAL_STEP ** 3).toBeCloseTo(Number.EPSILON, 25);
  });

  test('is exact up to rounding for quadratics: a·x² + b·x + c has f′ = 2ax + b (10^4 fast-checked cases)', () => {
    // The central quotient has no truncation error for a quadratic: what is left is rounding, ε·|f| / h.
    const coefficient = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        coefficient,
        coefficient,
        coefficient,
        fc.double({ min: -100, max: 100, noNaN: true }),
        (a, b, c, x) => {
          const f = (v: number) => a * v * v + b * v + c;
          const scale = Math.abs(a) * (x * x + 1) + Math.abs(b) * (Math.abs(x) + 1) + Math.abs(c);
          const h = CENTRAL_STEP * Math.max(1, Math.abs(x));
          const bound = (8 * Number.EPSILON * scale) / h + 1e-300; // + underflow of a subnormal b·h
          expect(close(centralDerivative(f, x), 2 * a * x + b, bound, 0)).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 30_000); // a second alone; the shared machine's load can multiply it

  test('has about 10 correct digits on sin, exp and x³ (error O(ε^(2/3)))', () => {
    for (const x of [-3, -0.5, 0, 0.7, 2]) {
      expect(close(centralDerivative(Math.sin, x), Math.cos(x), 1e-9, 1e-9)).toBe(true);
      expect(close(centralDerivative(Math.exp, x), Math.exp(x), 1e-9, 1e-9)).toBe(true);
      expect(
        close(
          centralDerivative((v) => v ** 3, x),
          3 * x * x,
          1e-9,
          1e-9,
        ),
      ).toBe(true);
    }
  });

  test('gives a non-finite quotient, not an error, where f or x is not finite', () => {
    expect(Number.isFinite(centralDerivative(Math.log, 0))).toBe(false);
    expect(Number.isNaN(centralDerivative(Math.sin, Number.POSITIVE_INFINITY))).toBe(true);
  });

  test('throws ERR_INVALID_ARG for an f that is not a function or an x that is not a number', () => {
    for (const [f, x] of [
      [1, 0],
      [Math.sin, '1'],
      [null, 0],
    ] as const) {
      try {
        centralDerivative(f as never, x as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PhaseflowError);
        expect((e as PhaseflowError).code).toBe('ERR_INVALID_ARG');
      }
    }
  });
});
