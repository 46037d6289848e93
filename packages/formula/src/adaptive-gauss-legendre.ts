import { gaussLegendre } from './gauss-legendre.ts';

/** Relative agreement at which a panel is accepted: near the rule's own accuracy on smooth integrands. */
const TOLERANCE = 1e-13;
/** Halvings allowed below the first panel (2^12 subpanels at most), so a wild integrand cannot hang the caller. */
const MAX_DEPTH = 12;
/** Evaluations of f one halving costs: the two 8-point halves. */
const HALVING_COST = 16;

/**
 * A budget of evaluations of f that refinement may spend, shared by every call given it: `remaining` counts down,
 * and `limited` turns true the first time a panel that wanted halving was accepted because the budget was spent.
 */
export interface QuadratureBudget {
  remaining: number;
  limited: boolean;
}

/**
 * ∫ₐᵇ f by 8-point Gauss–Legendre, halving each panel until the panel and its two halves agree to about 1e-13
 * relative. A fixed rule is exact to degree 15, but an integrand that turns through several periods inside one
 * panel (sin(x⁴) near x = 3 does, with a local period of about 0.06) needs smaller panels there and only there.
 * With a `budget`, halvings stop when it is spent (the result is then resolution-limited, and the budget says so).
 *
 * @example
 * ```ts
 * adaptiveGaussLegendre((x) => Math.sin(x ** 4), 2.9, 3.0); // agrees with a 10⁵-panel sum to 1e-13
 * ```
 */
export function adaptiveGaussLegendre(
  f: (x: number) => number,
  a: number,
  b: number,
  budget?: QuadratureBudget,
): number {
  const spend = budget ?? { remaining: Number.POSITIVE_INFINITY, limited: false };
  spend.remaining -= 8 + HALVING_COST;
  return refine(f, a, b, gaussLegendre(f, a, b), 0, spend);
}

function refine(
  f: (x: number) => number,
  a: number,
  b: number,
  whole: number,
  depth: number,
  budget: QuadratureBudget,
): number {
  const mid = (a + b) / 2;
  const left = gaussLegendre(f, a, mid);
  const right = gaussLegendre(f, mid, b);
  const halves = left + right;
  // NaN fails every comparison: a NaN panel is returned as is, not refined forever.
  if (!(Math.abs(halves - whole) > TOLERANCE * (1 + Math.abs(halves))) || depth >= MAX_DEPTH) return halves;
  if (budget.remaining < 2 * HALVING_COST) {
    budget.limited = true;
    return halves;
  }
  budget.remaining -= 2 * HALVING_COST;
  return refine(f, a, mid, left, depth + 1, budget) + refine(f, mid, b, right, depth + 1, budget);
}
