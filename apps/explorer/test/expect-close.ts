import { expect } from 'vitest';

/**
 * Asserts |actual − expected| ≤ atol + rtol·|expected|, printing what was compared, both values and the tolerance
 * on failure (test helper).
 *
 * @example
 * ```ts
 * expectClose('x(1)', 2.718281, Math.E, { rtol: 1e-6 }); // passes
 * ```
 */
export function expectClose(
  what: string,
  actual: number,
  expected: number,
  { atol = 0, rtol = 0 }: { atol?: number; rtol?: number },
): void {
  const tolerance = atol + rtol * Math.abs(expected);
  const error = Math.abs(actual - expected);
  expect(
    error <= tolerance,
    `${what}: actual ${actual}, expected ${expected}, |error| ${error} > tolerance ${tolerance}`,
  ).toBe(true);
}
