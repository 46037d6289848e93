import type { FormulaLoss } from '@phaseflow/formula';
import {
  adam,
  gradientDescent,
  gradientFlow,
  heavyBall,
  type LinearRegression,
  minibatchSgd,
  type OptimizationResult,
} from '@phaseflow/gradient-flow';
import { dopri5, solve } from '@phaseflow/ode';
import type { LandscapeState } from '../state/landscape-state.ts';
import { METHOD_BITS, type MethodId } from '../state/presets.ts';

/** One drawn run: its points (row-major (x, y)), F at each, and how it ended. */
export interface MethodRun {
  readonly id: MethodId;
  readonly x: Float64Array;
  readonly values: Float64Array;
  /** `converged`, `max-iterations`, `diverged`, `non-finite`, or the ODE solver's status for the flow. */
  readonly status: string;
  readonly message: string;
}

/** The gradient flow at t = kη, k = 0 … steps (dopri5, adaptive, rtol 1e-9), stopped three boxes away. */
export function flowRun(loss: FormulaLoss, s: LandscapeState): MethodRun {
  const [w, h] = [s.xMax - s.xMin, s.yMax - s.yMin];
  const away = {
    g: (x: Float64Array) =>
      Math.min(
        x[0]! - (s.xMin - 3 * w),
        s.xMax + 3 * w - x[0]!,
        x[1]! - (s.yMin - 3 * h),
        s.yMax + 3 * h - x[1]!,
      ),
    direction: -1 as const,
    terminal: true,
  };
  const tEval = Float64Array.from({ length: s.steps + 1 }, (_, k) => k * s.lr);
  const sol = solve(
    gradientFlow(loss, { x0: [s.sx, s.sy], t1: s.steps * s.lr }),
    dopri5({ rtol: 1e-9, atol: 1e-12 }),
    {
      tEval,
      events: [away],
      maxSteps: 50_000,
    },
  );
  const n = sol.t.length;
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = loss.F([sol.x[2 * k]!, sol.x[2 * k + 1]!]);
  return { id: 'flow', x: sol.x, values, status: sol.status, message: sol.message ?? '' };
}

function fromResult(id: MethodId, r: OptimizationResult<Float64Array>): MethodRun {
  return { id, x: r.x, values: r.values, status: r.status, message: r.message };
}

/**
 * Every run the state shows, from the same start: the flow (exact, adaptive), gradient descent (Euler, h = η), heavy
 * ball and Nesterov (η, β), Adam (α), and minibatch SGD (η, seeded batches) when the loss is the regression's.
 * Stop rules off (gradTol 0), so each runs `steps` iterations unless it diverges or x stops changing.
 *
 * @example
 * ```ts
 * methodRuns(loss, DEFAULT_LANDSCAPE_STATE, linearRegression([1, 2, 3, 4], [2, 4, 5, 4])).gd?.x.length; // 1002
 * ```
 */
export function methodRuns(
  loss: FormulaLoss,
  s: LandscapeState,
  regression: LinearRegression | null,
): Partial<Record<MethodId, MethodRun>> {
  const x0 = [s.sx, s.sy];
  const on = (id: MethodId) => (s.methods & METHOD_BITS[id]) !== 0;
  const common = { steps: s.steps, gradTol: 0 };
  const out: Partial<Record<MethodId, MethodRun>> = {};
  if (on('flow')) out.flow = flowRun(loss, s);
  if (on('gd')) out.gd = fromResult('gd', gradientDescent(loss, x0, { learningRate: s.lr, ...common }));
  const momentum = { learningRate: s.lr, momentum: s.beta, ...common };
  if (on('heavyBall')) out.heavyBall = fromResult('heavyBall', heavyBall(loss, x0, momentum));
  if (on('nesterov'))
    out.nesterov = fromResult('nesterov', heavyBall(loss, x0, { ...momentum, nesterov: true }));
  if (on('adam')) out.adam = fromResult('adam', adam(loss, x0, { learningRate: s.adamLr, ...common }));
  if (on('sgd') && regression) {
    const run = minibatchSgd(regression, x0, {
      learningRate: s.lr,
      batchSize: s.batch,
      seed: s.seed,
      steps: s.steps,
    });
    out.sgd = fromResult('sgd', run);
  }
  return out;
}
