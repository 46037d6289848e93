import type { ScalarProblem, ScalarRhs, SystemProblem, SystemRhs } from '@phaseflow/ode';
import {
  type Direction,
  type NormalizedObjective,
  normalizeObjective,
  type ScalarObjective,
  type SystemObjective,
} from './objective.ts';
import { checkOptions, invalidArgument, requireFinite } from './validate.ts';

/** Where the flow starts and ends, and which way it runs (`descent` by default). */
export interface GradientFlowOptions<X> {
  x0: X;
  t1: number;
  t0?: number;
  direction?: Direction;
}

const FLOW_OPTIONS = ['x0', 't0', 't1', 'direction'] as const;

/**
 * The gradient flow of an objective as an initial value problem for `@phaseflow/ode`'s `solve`:
 * x′ = −∇F(x) for `descent`, x′ = +∇F(x) for `ascent`. Along it F never increases (descent): dF/dt = −‖∇F‖².
 * Euler's method on this problem with step h is gradient descent with learning rate h.
 *
 * A scalar objective with a number x0 gives a scalar problem; an n-D objective with an array x0 gives a system.
 * Without `grad`, ∇F is a central difference with step ∛ε·max(1, |x_i|) (see `CENTRAL_STEP`).
 *
 * @example
 * ```ts
 * const flow = gradientFlow({ F: (x: number) => x * x, grad: (x: number) => 2 * x }, { x0: 1, t1: 1 });
 * solve(flow, rk4({ h: 0.01 })).at(1); // 0.1353352836035733 (exact: e^-2 = 0.1353352832366127)
 * ```
 */
export function gradientFlow(objective: ScalarObjective, options: GradientFlowOptions<number>): ScalarProblem;
export function gradientFlow(
  objective: SystemObjective,
  options: GradientFlowOptions<ArrayLike<number>>,
): SystemProblem;
export function gradientFlow(
  objective: ScalarObjective | SystemObjective,
  options: GradientFlowOptions<number | ArrayLike<number>>,
): ScalarProblem | SystemProblem {
  const opts = checkOptions('options', options, FLOW_OPTIONS);
  const direction = parseDirection('options.direction', opts.direction);
  const t0 = opts.t0 === undefined ? 0 : requireFinite('options.t0', opts.t0);
  const t1 = requireFinite('options.t1', opts.t1);
  const normalized = normalizeObjective(objective, opts.x0, 'options.x0');
  return flowProblem(normalized, direction, normalized.x0, t0, t1);
}

/** Reads a direction option (`descent` when undefined). */
export function parseDirection(name: string, value: unknown): Direction {
  if (value === undefined || value === 'descent') return 'descent';
  if (value === 'ascent') return 'ascent';
  throw invalidArgument(name, "must be 'descent' or 'ascent'", value);
}

/**
 * The right-hand side ±∇F in the ode package's two forms. Negation is exact in floating point, so Euler's
 * x + h·(−g) is bit-for-bit the textbook x − h·g. With `evaluated`, every call also copies the ∇F it computed there
 * (gradient descent reads it back: the gradient its Euler step evaluated is the one its stop rules test).
 */
export function flowRhs(
  objective: NormalizedObjective,
  direction: Direction,
  evaluated?: Float64Array,
): ScalarRhs | SystemRhs {
  const descent = direction === 'descent';
  if (objective.scalar) {
    const d = objective.derivative;
    if (evaluated) {
      return (x: number) => {
        const v = d(x);
        evaluated[0] = v;
        return descent ? -v : v;
      };
    }
    return descent ? (x: number) => -d(x) : (x: number) => d(x);
  }
  const g = objective.gradient;
  const dim = objective.dim;
  return (x: Float64Array, _t: number, dxdt: Float64Array) => {
    g(x, dxdt);
    if (evaluated) for (let i = 0; i < dim; i++) evaluated[i] = dxdt[i]!;
    if (descent) for (let i = 0; i < dim; i++) dxdt[i] = -dxdt[i]!;
  };
}

/** The flow of an already normalized objective as a problem for `solve`/`init` (what `gradientFlow` returns). */
export function flowProblem(
  objective: NormalizedObjective,
  direction: Direction,
  x0: Float64Array,
  t0: number,
  t1: number,
  evaluated?: Float64Array,
): ScalarProblem | SystemProblem {
  const f = flowRhs(objective, direction, evaluated);
  return objective.scalar ? { f: f as ScalarRhs, x0: x0[0]!, t0, t1 } : { f: f as SystemRhs, x0, t0, t1 };
}
