import { PhaseflowError } from '@phaseflow/ode';
import { describe, expect, test } from 'vitest';
import { armijoDescent, gradientDescent, heavyBall } from './index.ts';

// Issue 14, item 6: a gradient (or F) that returns a non-number after its first call is ERR_INVALID_RETURN, not a
// raw TypeError from a BigInt or Symbol in the step's arithmetic, nor a string silently coerced ('0.5' stepped as
// 0.5, which gradientDescent used to do).
function turning<X>(good: number, valid: (x: X) => number, bad: unknown): (x: X) => number {
  let calls = 0;
  return (x) => (++calls <= good ? valid(x) : (bad as number));
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PhaseflowError) return error.code;
    throw error;
  }
  return 'returned';
}

describe('optimisers with a gradient that turns to a non-number after its first call', () => {
  for (const bad of [10n, Symbol('s'), '0.5', {}, undefined]) {
    test(`gradientDescent and heavyBall: ${String(bad)} is ERR_INVALID_RETURN`, () => {
      const grad = () => turning(2, (x: number) => 2 * x, bad);
      const F = (x: number) => x * x;
      expect(codeOf(() => gradientDescent({ F, grad: grad() }, 1, { learningRate: 0.1, steps: 10 }))).toBe(
        'ERR_INVALID_RETURN',
      );
      expect(
        codeOf(() => heavyBall({ F, grad: grad() }, 1, { learningRate: 0.1, momentum: 0.5, steps: 10 })),
      ).toBe('ERR_INVALID_RETURN');
    });
  }

  test('armijoDescent: F turning to a string after its first calls is ERR_INVALID_RETURN', () => {
    const F = turning(3, (x: Float64Array) => x[0]! ** 2 + x[1]! ** 2, '0.5');
    const grad = (x: Float64Array, out: Float64Array) => {
      out[0] = 2 * x[0]!;
      out[1] = 2 * x[1]!;
    };
    expect(codeOf(() => armijoDescent({ F, grad }, [1, 1], { steps: 10 }))).toBe('ERR_INVALID_RETURN');
  });
});
