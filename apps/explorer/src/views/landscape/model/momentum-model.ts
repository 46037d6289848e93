import type { FormulaLoss } from '@phaseflow/formula';
import {
  heavyBallFlow,
  heavyBallFromMomentum,
  type MomentumRateMap,
  momentumRateMap,
} from '@phaseflow/gradient-flow';
import { dopri5, solve } from '@phaseflow/ode';
import type { LandscapeState } from '../state/landscape-state.ts';

/** Heavy ball as physics: its iterates with velocities, the ODE it discretizes, and the (η, β) rate map. */
export interface MomentumPicture {
  /** h = √η and γ = (1 − β)/√η, the heavy ball's time step and friction. */
  readonly h: number;
  readonly gamma: number;
  /** Iterates x_k and the step velocities v_k = (x_k − x_{k−1})/h, row-major (x, y) each. */
  readonly iterates: { readonly x: Float64Array; readonly v: Float64Array };
  /** The ODE x″ + γx′ = −∇F at t = kh/4 (up to 2001 samples): position and velocity, row-major (x, y) each. */
  readonly ode: { readonly x: Float64Array; readonly v: Float64Array };
  /** The rate map for the Hessian's eigenvalues at the minimum, or null without a minimum. */
  readonly map: MomentumRateMap | null;
}

/** Grid size of the rate map. */
export const RATE_MAP_N = 60;

/**
 * The momentum panel's numbers: heavy ball's (x, v) from its iterates (x_k from `heavyBall`), the heavy-ball ODE
 * (dopri5) with η = h², β = 1 − γh as the library maps them (`heavyBallFromMomentum`), and `momentumRateMap` over
 * η ∈ [0, 4/λmax], β ∈ [0, 0.99] for the eigenvalues at the minimum (`lambdas`; none, or not all positive: no map).
 *
 * @example
 * ```ts
 * momentumPicture(loss, state, hb.x, [0.299, 16.70]).map?.optimum?.momentum; // ((√κ − 1)/(√κ + 1))², κ = 55.8
 * ```
 */
export function momentumPicture(
  loss: FormulaLoss,
  s: LandscapeState,
  points: Float64Array,
  lambdas: readonly number[] | null,
): MomentumPicture {
  const { h, gamma } = heavyBallFromMomentum({ learningRate: s.lr, momentum: s.beta });
  const n = points.length / 2;
  const v = new Float64Array(points.length);
  for (let k = 1; k < n; k++) {
    v[2 * k] = (points[2 * k]! - points[2 * k - 2]!) / h;
    v[2 * k + 1] = (points[2 * k + 1]! - points[2 * k - 1]!) / h;
  }
  // The ODE sampled up to four times per step (at most 2001 points), so its curve is smooth where the iterates jump.
  const per = Math.max(1, Math.min(4, Math.floor(2000 / Math.max(1, n - 1))));
  const tEval = Float64Array.from({ length: (n - 1) * per + 1 }, (_, k) => (k * h) / per);
  const sol = solve(
    heavyBallFlow(loss, { x0: [s.sx, s.sy], gamma, t1: (n - 1) * h }),
    dopri5({ rtol: 1e-6, atol: 1e-8 }),
    {
      tEval,
      maxSteps: 50_000,
    },
  );
  const m = sol.t.length;
  const ox = new Float64Array(2 * m);
  const ov = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    ox[2 * k] = sol.x[4 * k]!;
    ox[2 * k + 1] = sol.x[4 * k + 1]!;
    ov[2 * k] = sol.x[4 * k + 2]!;
    ov[2 * k + 1] = sol.x[4 * k + 3]!;
  }
  let map: MomentumRateMap | null = null;
  if (lambdas && lambdas.length > 0 && lambdas.every((l) => l > 0 && Number.isFinite(l))) {
    const top = Math.max(...lambdas);
    map = momentumRateMap(lambdas, { learningRate: [0, 4 / top], momentum: [0, 0.99], n: RATE_MAP_N });
  }
  return { h, gamma, iterates: { x: points, v }, ode: { x: ox, v: ov }, map };
}
