import type { FormulaFlow } from '@phaseflow/formula';
import {
  exponentialDecay,
  gradientAscent,
  gradientDescent,
  heavyBall,
  type OptimizationResult,
  type ScalarObjective,
} from '@phaseflow/gradient-flow';
import { PhaseflowError } from '@phaseflow/ode';
import type { Direction } from '../state/line-state.ts';
import type { IteratesView } from './explorer-view.ts';

/** The parameters of one run of the iterates. */
export interface IterateParameters {
  readonly direction: Direction;
  readonly x0: number;
  readonly eta: number;
  readonly steps: number;
  readonly decay: number;
  readonly momentum: number;
}

/**
 * Runs gradient ascent or descent on the flow's potential F through `@phaseflow/gradient-flow`: plain (Euler with
 * h = η, so with no decay and no momentum the iterates are Euler's points), with η_k = η·γ^k when γ < 1, or the
 * heavy ball with constant η when β > 0 (ascent on F being descent on −F). A start where F or F′ is not finite is reported as a
 * `non-finite` run with the reason, not thrown.
 *
 * @example
 * ```ts
 * const run = runIterates(flowFromFormula('x*(1-x)'), { direction: 'ascent', x0: 0.5, eta: 0.5, steps: 1, decay: 1, momentum: 0 });
 * run.x; // Float64Array [0.5, 0.625]
 * ```
 */
export function runIterates(flow: FormulaFlow, p: IterateParameters): IteratesView {
  const F = flow.potential.evaluate;
  const dF = flow.gradient.evaluate;
  const sign = p.direction === 'ascent' ? -1 : 1;
  let result: OptimizationResult<number>;
  try {
    if (p.momentum > 0) {
      // The heavy ball descends; ascent on F is descent on −F, whose iterates are the same points.
      const objective: ScalarObjective = { F: (x) => sign * F(x), grad: (x) => sign * dF(x) };
      result = heavyBall(objective, p.x0, { learningRate: p.eta, momentum: p.momentum, steps: p.steps });
    } else {
      const objective: ScalarObjective = { F, grad: dF };
      const learningRate = p.decay < 1 ? exponentialDecay(p.eta, p.decay) : p.eta;
      const run = p.direction === 'ascent' ? gradientAscent : gradientDescent;
      result = run(objective, p.x0, { learningRate, steps: p.steps });
    }
  } catch (error) {
    // The optimisers refuse a start they cannot run (F or F′ not finite there) with a coded error; anything else is
    // a bug and must surface.
    if (!(error instanceof PhaseflowError)) throw error;
    return {
      x: Float64Array.of(p.x0),
      F: Float64Array.of(F(p.x0)),
      dF: Float64Array.of(dF(p.x0)),
      stepSizes: new Float64Array(0),
      status: 'non-finite',
      message: error.message,
    };
  }
  const x = result.x;
  // heavyBall takes a constant η only; say so rather than silently dropping the decay.
  const note = p.momentum > 0 && p.decay < 1 ? ' The decay γ is not applied with momentum (constant η).' : '';
  return {
    x,
    F: x.map(F),
    dF: x.map(dF),
    stepSizes: result.stepSizes,
    status: result.status,
    message: result.message + note,
  };
}
