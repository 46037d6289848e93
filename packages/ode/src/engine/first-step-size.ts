import { invalidArgument } from '../errors.ts';
import type { AdaptiveMethod } from './method.ts';

/**
 * The size of an adaptive run's first trial step: the method's `firstStep` when given (at most the span, capped
 * by maxStep), else `estimate()`, Hairer's initial-step estimate (one evaluation of f; see step-control.ts).
 *
 * @example
 * ```ts
 * firstStepSize(dopri5({ firstStep: 0.5 }), 10, 0.25, () => 0.01); // 0.25
 * ```
 */
export function firstStepSize(
  method: AdaptiveMethod,
  span: number,
  maxStep: number,
  estimate: () => number,
): number {
  if (method.firstStep === undefined) return estimate();
  if (method.firstStep > span) {
    throw invalidArgument(
      'method.firstStep',
      `must not exceed the span |t1 − t0| = ${span}`,
      method.firstStep,
    );
  }
  return Math.min(method.firstStep, maxStep);
}
