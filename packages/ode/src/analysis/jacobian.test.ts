import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import type { SystemRhs } from '../problem.ts';
import { jacobian } from './jacobian.ts';

describe('jacobian', () => {
  test('jacobian(f, x) of f(x) = A x + c ∘ x² matches A + 2 diag(c ∘ x) to 1e-9 relative', () => {
    const field = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        a: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n * n, maxLength: n * n }),
        c: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
        x: fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(field, ({ n, a, c, x }) => {
        const f: SystemRhs = (y, _t, dydt) => {
          for (let i = 0; i < n; i++) {
            let s = c[i]! * y[i]! * y[i]!;
            for (let j = 0; j < n; j++) s += a[i * n + j]! * y[j]!;
            dydt[i] = s;
          }
        };
        const J = jacobian(f, x);
        expect(J).toHaveLength(n * n);
        const size = Math.max(1, ...x.map(Math.abs)) ** 2 * 10 * n;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            const exact = a[i * n + j]! + (i === j ? 2 * c[i]! * x[i]! : 0);
            expectClose(`J[${i}][${j}]`, J[i * n + j]!, exact, 1e-9 * size);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('jacobian(damped pendulum, bottom) is [[0, 1], [−1, −γ]]', () => {
    const pendulum: SystemRhs = (x, _t, d) => {
      d[0] = x[1]!;
      d[1] = -Math.sin(x[0]!) - 0.3 * x[1]!;
    };
    [0, 1, -1, -0.3].forEach((v, k) => {
      expectClose(`J[${k}]`, jacobian(pendulum, [0, 0])[k]!, v, 1e-10);
    });
    [0, 1, 1, -0.3].forEach((v, k) => {
      expectClose(`J[${k}] at the top`, jacobian(pendulum, [Math.PI, 0])[k]!, v, 1e-10);
    });
  });

  test('jacobian throws ERR_INVALID_RETURN when f is not finite next to x, ERR_INVALID_ARG on bad x', () => {
    const f: SystemRhs = (x, _t, d) => {
      d[0] = Math.log(x[0]!);
    };
    expect(() => jacobian(f, [0])).toThrow(expect.objectContaining({ code: 'ERR_INVALID_RETURN' }));
    expect(() => jacobian(f, [])).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG' }));
    expect(() => jacobian(f, [1], { step: 0 })).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG' }));
  });
});
