import { invalidArgument, requireInRange, requireInteger, requirePositive } from './validate.ts';

/** A learning-rate schedule: a pure function from the step index k = 0, 1, 2, … to the step size η_k. */
export type Schedule = (k: number) => number;

/**
 * η_k = η for every k.
 * @example
 * ```ts
 * constant(0.1)(7); // 0.1
 * ```
 */
export function constant(learningRate: number): Schedule {
  const eta = requirePositive('learningRate', learningRate);
  return () => eta;
}

/**
 * Exponential decay η_k = η_0 · decay^k, the closed form of the blog post's recurrence η_{k+1} = η_k · decay.
 * (The power and k repeated products agree to a few ulps, not bit for bit.)
 * @example
 * ```ts
 * exponentialDecay(0.5, 0.9)(2); // 0.405 (= 0.5 · 0.9²)
 * ```
 */
export function exponentialDecay(initial: number, decay: number): Schedule {
  const eta = requirePositive('initial', initial);
  const d = requireFactor('decay', decay);
  return (k) => eta * d ** k;
}

/**
 * Step decay η_k = η_0 · factor^⌊k / every⌋: constant for `every` steps, then multiplied by `factor`.
 * @example
 * ```ts
 * const s = stepDecay(0.4, 0.5, 10);
 * [s(0), s(9), s(10), s(25)]; // [0.4, 0.4, 0.2, 0.1]
 * ```
 */
export function stepDecay(initial: number, factor: number, every: number): Schedule {
  const eta = requirePositive('initial', initial);
  const f = requireFactor('factor', factor);
  const n = requireInteger('every', every, 1);
  return (k) => eta * f ** Math.floor(k / n);
}

/**
 * Inverse-time decay η_k = η_0 / (1 + rate·k), the Robbins–Monro form (Σ η_k = ∞, so the flow time is unbounded).
 * @example
 * ```ts
 * inverseTime(1, 0.5)(4); // 0.3333333333333333 (= 1 / 3)
 * ```
 */
export function inverseTime(initial: number, rate: number): Schedule {
  const eta = requirePositive('initial', initial);
  const r = requireInRange('rate', rate, 0, Infinity);
  return (k) => eta / (1 + r * k);
}

/** A decay factor must lie in (0, 1]: 0 would stop the run, above 1 would grow the step. */
function requireFactor(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    throw invalidArgument(name, 'must be a number in (0, 1]', value);
  }
  return value;
}
