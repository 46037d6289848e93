/**
 * The logistic right-hand side f(x) = x(1 − x). Written once here so that every step (Euler, gradient ascent,
 * the phase portrait) evaluates the same floating-point expression.
 *
 * @example
 * ```ts
 * logistic(0.5); // 0.25
 * ```
 */
export function logistic(x: number): number {
  return x * (1 - x);
}

/**
 * F(x) = x²/2 − x³/3, whose derivative is the logistic f: ascent on F is the logistic flow.
 *
 * @example
 * ```ts
 * logisticAntiderivative(1); // 0.16666666666666669 (= 1/6)
 * ```
 */
export function logisticAntiderivative(x: number): number {
  return (x * x) / 2 - (x * x * x) / 3;
}
