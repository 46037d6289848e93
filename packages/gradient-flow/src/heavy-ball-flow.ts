import type { SystemProblem } from '@phaseflow/ode';
import { PhaseflowError } from '@phaseflow/ode';
import { normalizeObjective, type ScalarObjective, type SystemObjective } from './objective.ts';
import { checkOptions, requireFinite, requireInRange, toFiniteVector } from './validate.ts';

/** Start, end and friction of the heavy-ball flow. The ball starts at rest unless `v0` is given. */
export interface HeavyBallFlowOptions<X> {
  x0: X;
  v0?: X;
  gamma: number;
  t1: number;
  t0?: number;
}

/**
 * The heavy-ball ODE x″ + γx′ = −∇F(x) as a first-order system for `solve`: the state is (x, v), row-major
 * [x_1 … x_n, v_1 … v_n], with x′ = v and v′ = −γv − ∇F(x). Momentum methods discretize it (see `heavyBall`);
 * as γ → ∞ with time rescaled it becomes the gradient flow.
 *
 * @example
 * ```ts
 * const p = heavyBallFlow({ F: (x: number) => x * x / 2 }, { x0: 1, gamma: 0, t1: Math.PI });
 * solve(p, rk4({ h: 0.001 })).at(Math.PI)[0]; // ≈ -1 (frictionless: x = cos t)
 * ```
 */
export function heavyBallFlow(
  objective: ScalarObjective,
  options: HeavyBallFlowOptions<number>,
): SystemProblem;
export function heavyBallFlow(
  objective: SystemObjective,
  options: HeavyBallFlowOptions<ArrayLike<number>>,
): SystemProblem;
export function heavyBallFlow(
  objective: ScalarObjective | SystemObjective,
  options: HeavyBallFlowOptions<number | ArrayLike<number>>,
): SystemProblem {
  const opts = checkOptions('options', options, ['x0', 'v0', 'gamma', 't0', 't1']);
  const gamma = requireInRange('options.gamma', opts.gamma, 0, Number.MAX_VALUE, true);
  const t0 = opts.t0 === undefined ? 0 : requireFinite('options.t0', opts.t0);
  const t1 = requireFinite('options.t1', opts.t1);
  const normalized = normalizeObjective(objective, opts.x0, 'options.x0');
  const n = normalized.dim;
  const v0 = opts.v0 === undefined ? new Float64Array(n) : velocity(opts.v0, normalized.scalar, n);
  const state = new Float64Array(2 * n);
  state.set(normalized.x0);
  state.set(v0, n);
  const x = new Float64Array(n);
  const g = new Float64Array(n);
  return {
    x0: state,
    t0,
    t1,
    f: (s, _t, ds) => {
      for (let i = 0; i < n; i++) x[i] = s[i]!;
      normalized.gradient(x, g);
      for (let i = 0; i < n; i++) {
        ds[i] = s[n + i]!;
        ds[n + i] = -gamma * s[n + i]! - g[i]!;
      }
    },
  };
}

/** v0 has the shape of x0: a number for a scalar objective, an array of the same length otherwise. */
function velocity(value: unknown, scalar: boolean, n: number): Float64Array {
  if (scalar) return Float64Array.of(requireFinite('options.v0', value));
  const v = toFiniteVector('options.v0', value);
  if (v.length !== n) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`options.v0\` must have the length of x0 (${n}). Value: \`${v.length}\`.`,
    );
  }
  return v;
}
