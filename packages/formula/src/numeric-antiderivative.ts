import { adaptiveGaussLegendre, type QuadratureBudget } from './adaptive-gauss-legendre.ts';
import { FormulaError } from './formula-error.ts';
import { gaussLegendre } from './gauss-legendre.ts';

/** Options of {@link numericAntiderivative}. */
export interface NumericAntiderivativeOptions {
  /** Where F is 0 (the lower limit of the integral); 0 by default. */
  anchor?: number;
  /** Width of the cells of the cached grid; 1/8 by default. */
  cellWidth?: number;
  /**
   * Evaluations of f that adaptive refinement may spend over the life of F (1,000,000 by default). Past it every
   * panel is a plain 8-point rule, F keeps answering at once, and `resolutionLimited` turns true.
   */
  maxEvaluations?: number;
}

/** F with what it cost: `resolutionLimited` is true once the evaluation budget stopped a refinement. */
export type NumericAntiderivative = ((x: number) => number) & {
  /** True once a panel was accepted unrefined because the budget was spent: F is then less accurate there. */
  readonly resolutionLimited: boolean;
  /** Evaluations of f so far. */
  readonly evaluations: number;
};

/** Cells cached on each side of the anchor before F gives up and returns NaN (10⁶ cells of 1/8: |x| ≤ 125 000). */
const MAX_CELLS = 1_000_000;
const DEFAULT_MAX_EVALUATIONS = 1_000_000;

/**
 * F(x) = ∫_anchor^x f, by composite adaptive 8-point Gauss–Legendre on a grid of cells anchored at `anchor`. The
 * integrals over whole cells are cached as running sums, grown lazily in either direction, so F(x) costs one
 * partial cell however far x is from the anchor. Where f is NaN on a cell, F is NaN from that cell outwards: the
 * integral does not exist past a point where f is undefined.
 *
 * Work is bounded: refinement spends at most `maxEvaluations` evaluations of f in all, after which each cell costs
 * 8 evaluations, so F's total cost is at most maxEvaluations + 8·(cells reached + calls) + 24; an integrand such
 * as sin(10⁶·x), which wants 4,096 sub-panels in every cell, returns at once with `resolutionLimited` set.
 *
 * @example
 * ```ts
 * const F = numericAntiderivative(Math.cos);
 * F(1); // 0.8414709848078965 (sin 1)
 * F.resolutionLimited; // false
 * ```
 */
export function numericAntiderivative(
  f: (x: number) => number,
  options?: NumericAntiderivativeOptions,
): NumericAntiderivative {
  if (typeof f !== 'function') {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. `f` must be a function.');
  }
  const anchor = optionNumber(options, 'anchor', 0, (v) => Number.isFinite(v));
  const w = optionNumber(
    options,
    'cellWidth',
    1 / 8,
    (v) => Number.isFinite(v) && v > 0 && anchor + v !== anchor,
  );
  const maxEvaluations = optionNumber(options, 'maxEvaluations', DEFAULT_MAX_EVALUATIONS, (v) => v >= 0);
  let evaluations = 0;
  const counted = (x: number) => {
    evaluations++;
    return f(x);
  };
  const budget: QuadratureBudget = { remaining: maxEvaluations, limited: false };
  const integrate = (a: number, b: number): number => {
    if (budget.remaining >= 24) return adaptiveGaussLegendre(counted, a, b, budget);
    budget.limited = true;
    return gaussLegendre(counted, a, b);
  };
  // running[j] = ∫ from the anchor to the j-th grid point on that side (j = 0 is the anchor itself).
  const right = [0];
  const left = [0];
  const extend = (sums: number[], cells: number, sign: 1 | -1) => {
    while (sums.length <= cells) {
      const j = sums.length - 1;
      const a = anchor + sign * j * w;
      sums.push(sums[j]! + sign * integrate(Math.min(a, a + sign * w), Math.max(a, a + sign * w)));
    }
  };
  const F = (x: number) => {
    if (typeof x !== 'number' || Number.isNaN(x)) return Number.NaN;
    const offset = (x - anchor) / w;
    const cells = Math.floor(Math.abs(offset));
    if (!(cells < MAX_CELLS)) return Number.NaN;
    const sign = offset >= 0 ? 1 : -1;
    const sums = sign === 1 ? right : left;
    extend(sums, cells, sign);
    const start = anchor + sign * cells * w;
    return sums[cells]! + (x === start ? 0 : integrate(start, x));
  };
  return Object.defineProperties(F, {
    resolutionLimited: { get: () => budget.limited, enumerable: true },
    evaluations: { get: () => evaluations, enumerable: true },
  }) as NumericAntiderivative;
}

function optionNumber(options: unknown, name: string, fallback: number, ok: (v: number) => boolean): number {
  if (options === undefined) return fallback;
  if (options === null || typeof options !== 'object') {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. `options` must be an object.');
  }
  let value: unknown;
  try {
    value = (options as Record<string, unknown>)[name];
  } catch {
    throw new FormulaError('ERR_INVALID_ARG', `invalid argument. Reading \`options.${name}\` threw.`);
  }
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || !ok(value)) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`options.${name}\` is out of range. Value: \`${typeof value === 'number' ? value : typeof value}\`.`,
    );
  }
  return value;
}
