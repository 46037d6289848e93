import type { FormulaFlow } from '@phaseflow/formula';
import { euler, solve } from '@phaseflow/ode';
import { parameterSliders, parameterValues } from '../../../components/parameter-sliders.ts';
import type { LineState } from '../state/line-state.ts';
import type { ExplorerView } from './explorer-view.ts';
import { analyzeFlow, type FlowAnalysis } from './flow-analysis.ts';
import { type FlowOrError, loadFlow } from './formula-flow.ts';
import { runIterates } from './iterate-run.ts';
import { resolutionNote } from './resolution-note.ts';
import { shownFormula } from './shown-formula.ts';
import { solutionFamily } from './solution-family.ts';

/** Samples per curve in the flow and potential panels (fine enough for the 0.05-wide notch on [−4, 4]). */
export const GRID_POINTS = 801;

/** What the model gives the root: the view, or the formula's error (with the last good view kept by the root). */
export type ModelResult =
  | { readonly view: ExplorerView; readonly error?: undefined }
  | { readonly error: string };

/**
 * The explorer's computation, from state to view, with each stage remembered by the inputs it depends on: moving
 * η re-runs the iterates and Euler (and the family only when steps·η crosses a power of two), not the parsing,
 * sampling or phase-line analysis; moving the focus recomputes nothing.
 *
 * @example
 * ```ts
 * const model = createExplorerModel();
 * const result = model.compute(DEFAULT_STATE);
 * result.view?.equilibria.map((e) => e.kind); // ['unstable', 'stable']
 * ```
 */
export function createExplorerModel(): { compute(state: LineState): ModelResult } {
  const flowStage = memo((kind: LineState['kind'], formula: string): FlowOrError => loadFlow(kind, formula));
  // A parameter move sets the values in the flow's store (no re-parsing); every later stage takes `params` as an
  // input, so it recomputes with the new values.
  const paramStage = memo(
    (flow: FormulaFlow, params: LineState['params'], bounds: LineState['paramBounds']) => {
      flow.parameters.assign(parameterValues(flow.formula, params));
      return parameterSliders(flow.formula, params, bounds);
    },
  );
  const gridStage = memo(
    (flow: FormulaFlow, _params: unknown, direction: string, xMin: number, xMax: number) => {
      const g = flowFunction(flow, direction);
      const x = new Float64Array(GRID_POINTS);
      const flowValues = new Float64Array(GRID_POINTS);
      const F = new Float64Array(GRID_POINTS);
      for (let i = 0; i < GRID_POINTS; i++) {
        const xi = xMin + ((xMax - xMin) * i) / (GRID_POINTS - 1);
        x[i] = xi;
        flowValues[i] = g(xi);
        F[i] = flow.potential.evaluate(xi);
      }
      const sign = direction === 'ascent' ? 1 : -1;
      const curvature = flow.curvature.evaluate;
      const analysis: FlowAnalysis = analyzeFlow(g, (xi) => sign * curvature(xi), xMin, xMax, flowValues);
      // max |g′| on the window: how stiff the flow is, which bounds a stable step for the reference curves.
      let lipschitz = 0;
      for (let i = 0; i < GRID_POINTS; i++) {
        const c = Math.abs(curvature(x[i]!));
        if (c > lipschitz && Number.isFinite(c)) lipschitz = c;
      }
      return { grid: { x, flow: flowValues, F }, analysis, lipschitz };
    },
  );
  const familyStage = memo(
    (
      flow: FormulaFlow,
      _params: unknown,
      direction: string,
      x0: number,
      tMax: number,
      method: LineState['method'],
      lipschitz: number,
      xMin: number,
      xMax: number,
    ) => solutionFamily(flowFunction(flow, direction), x0, tMax, { method, lipschitz, xMin, xMax }),
  );
  const eulerStage = memo(
    (flow: FormulaFlow, _params: unknown, direction: string, x0: number, eta: number, steps: number) => {
      // t1 = steps·η is an exact multiple of h = η, so solve takes exactly `steps` steps of η.
      const sol = solve({ f: flowFunction(flow, direction), x0, t1: steps * eta }, euler({ h: eta }));
      return { t: sol.t, x: sol.x };
    },
  );
  const iterateStage = memo(
    (
      flow: FormulaFlow,
      _params: unknown,
      direction: LineState['direction'],
      x0: number,
      eta: number,
      steps: number,
      decay: number,
      momentum: number,
    ) => runIterates(flow, { direction, x0, eta, steps, decay, momentum }),
  );

  return {
    compute(state) {
      const loaded = flowStage(state.kind, state.formula);
      if (loaded.error !== undefined) return { error: loaded.error };
      const { flow } = loaded;
      const { direction, x0, eta, steps, xMin, xMax } = state;
      const params = state.params;
      const parameters = paramStage(flow, params, state.paramBounds);
      const { grid, analysis, lipschitz } = gridStage(flow, params, direction, xMin, xMax);
      const tMax = steps * eta;
      // The family is solved to the next power of two above tMax = steps·η and drawn clipped to [0, tMax], so a
      // slider move of η or of the steps reuses it until tMax crosses a power of two.
      const tFamily = 2 ** Math.ceil(Math.log2(tMax));
      const { family, chosen } = familyStage(
        flow,
        params,
        direction,
        x0,
        tFamily,
        state.method,
        lipschitz,
        xMin,
        xMax,
      );
      const eulerCurve = eulerStage(flow, params, direction, x0, eta, steps);
      const iterates = iterateStage(flow, params, direction, x0, eta, steps, state.decay, state.momentum);
      const view: ExplorerView = {
        kind: state.kind,
        direction,
        flowText: shownFormula(flowText(flow, direction)),
        ...potentialOf(flow, state.kind),
        xMin,
        xMax,
        grid,
        equilibria: analysis.equilibria,
        intervals: analysis.intervals,
        phaseLineNote: analysis.unresolved,
        // Read last: the numeric antiderivative's flag reflects every evaluation the stages above made.
        resolutionNote: resolutionNote(flow),
        family,
        chosen,
        euler: eulerCurve,
        iterates,
        tMax,
        parameters,
      };
      return { view };
    },
  };
}

/**
 * The potential's text, and whether it exists: the numerical ∫₀ˣ f diverges when f is not integrable at 0 (1/x: the
 * explorer then says so and draws no F rather than numbers that mean nothing).
 */
function potentialOf(
  flow: FormulaFlow,
  kind: LineState['kind'],
): { potentialText: string; potentialDiverges?: true } {
  if (flow.potential.text !== undefined) return { potentialText: shownFormula(flow.potential.text) };
  if (kind === 'ode' && notIntegrableAtZero(flow.gradient.evaluate))
    return {
      potentialText: '∫₀ˣ f diverges (f is not integrable at 0): no potential to draw',
      potentialDiverges: true,
    };
  return { potentialText: '∫₀ˣ f (numerical)' };
}

/**
 * Whether ∫ f diverges at 0: f is unbounded there and ε·|f(±ε)| does not shrink as ε → 0 (it is constant for 1/x
 * and shrinks like √ε for 1/√x, whose integral converges).
 */
export function notIntegrableAtZero(f: (x: number) => number): boolean {
  for (const side of [1, -1]) {
    // Unbounded on this side (NaN, as √x for x < 0, is undefined, not unbounded).
    if (!(Math.abs(f(side * 1e-12)) > 1e6) && Math.abs(f(side * 1e-300)) !== Number.POSITIVE_INFINITY)
      continue;
    const near = Math.abs(1e-8 * f(side * 1e-8));
    const far = Math.abs(1e-4 * f(side * 1e-4));
    if (Number.isNaN(near) || Number.isNaN(far)) continue;
    if (!(near < 0.5 * far)) return true;
  }
  return false;
}

/** g = F′ for ascent, −F′ for descent: the right-hand side whose Euler steps are the iterates. */
function flowFunction(flow: FormulaFlow, direction: string): (x: number) => number {
  const dF = flow.gradient.evaluate;
  return direction === 'ascent' ? dF : (x) => -dF(x);
}

function flowText(flow: FormulaFlow, direction: string): string {
  const text = flow.gradient.text ?? 'F′(x)';
  return direction === 'ascent' ? text : `−(${text})`;
}

/** Remembers the last call: the same arguments (by identity) return the same result without recomputing. */
function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) {
      return lastResult;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
