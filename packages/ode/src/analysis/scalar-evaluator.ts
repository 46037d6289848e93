import { PhaseflowError } from '../errors.ts';
import { safeDescribe } from './argument-error.ts';
import { functionArgument } from './read-options.ts';

/** A scalar autonomous right-hand side as the analysis calls it, with a count of the calls made. */
export interface ScalarEvaluator {
  (x: number): number;
  /** Calls made so far. */
  count(): number;
}

/**
 * Wraps a user's scalar f (called as f(x, 0): the analysis is for autonomous equations) so that a return value
 * that is not a number throws `ERR_INVALID_RETURN` at once (BigInt, Symbol and strings included: nothing is
 * coerced). NaN and ±∞ pass through: where f is not finite is a finding the analysis reports, not an error. An
 * exception thrown by f itself is the caller's own and propagates unchanged.
 *
 * @example
 * ```ts
 * const f = scalarEvaluator('f', (x: number) => x * x);
 * f(3); // 9, and f.count() is 1
 * ```
 */
export function scalarEvaluator(name: string, f: unknown): ScalarEvaluator {
  const g = functionArgument<(x: number, t: number) => unknown>(name, f);
  let calls = 0;
  const evaluate = ((x: number): number => {
    calls++;
    const value = g(x, 0);
    if (typeof value !== 'number') {
      throw new PhaseflowError(
        'ERR_INVALID_RETURN',
        `invalid return value. \`${name}\` must return a number. Value: \`${safeDescribe(value)}\` at x = ${x}.`,
      );
    }
    return value;
  }) as ScalarEvaluator;
  evaluate.count = () => calls;
  return evaluate;
}
