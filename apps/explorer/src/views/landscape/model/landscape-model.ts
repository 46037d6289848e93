import { type LinearRegression, linearRegression } from '@phaseflow/gradient-flow';
import { type ParameterSlider, parameterSliders } from '../../../components/parameter-sliders.ts';
import type { LandscapeState } from '../state/landscape-state.ts';
import { isRegression, METHOD_BITS, type MethodId, REGRESSION_X, REGRESSION_Y } from '../state/presets.ts';
import { createLossCompiler } from './compile-landscape-loss.ts';
import { type CriticalPoints, criticalPoints } from './critical-points.ts';
import { type CurvatureReadout, curvatureReadout, measuredRate } from './curvature-readout.ts';
import { type LossGrid, lossGrid } from './loss-grid.ts';
import { type MethodRun, methodRuns } from './method-runs.ts';
import { type MomentumPicture, momentumPicture } from './momentum-model.ts';
import { type RegressionFacts, regressionFacts } from './regression-facts.ts';

/** Everything the landscape view draws and reads out, as numbers. */
export interface LandscapeView {
  readonly box: readonly [number, number, number, number];
  readonly grid: LossGrid;
  readonly critical: CriticalPoints;
  /** One readout per critical point, and the measured GD rate at the point GD ended near (else null). */
  readonly readouts: readonly CurvatureReadout[];
  readonly measured: readonly (number | null)[];
  /** The readout at the start x0, the current point. */
  readonly current: CurvatureReadout;
  readonly runs: Partial<Record<MethodId, MethodRun>>;
  /** The F the loss panel subtracts: the lowest F known (a minimum found, or any run's lowest value). */
  readonly reference: number;
  /** ‖x_k(GD) − x_flow(kη)‖ while both exist, or null. */
  readonly distance: Float64Array | null;
  readonly momentum: MomentumPicture;
  /** The critical point whose Hessian the rate map uses (−1: none). */
  readonly mapPoint: number;
  readonly regression: RegressionFacts | null;
  /** Where the derivatives are not symbolic, why (empty when both are). */
  readonly fallback: string;
  /** The loss's parameter sliders (the shared `<pf-parameter-sliders>` draws them): name, value, range. */
  readonly parameters: readonly ParameterSlider[];
}

export type LandscapeResult =
  | { view: LandscapeView; error?: undefined }
  | { view?: undefined; error: string };

/** The point of `points` nearest (x, y), or −1. */
function nearest(points: readonly { x: number; y: number }[], x: number, y: number): number {
  let best = -1;
  let d = Number.POSITIVE_INFINITY;
  points.forEach((p, i) => {
    const e = Math.hypot(p.x - x, p.y - y);
    if (e < d) [best, d] = [i, e];
  });
  return best;
}

/**
 * The landscape view's model: state → numbers, each stage remembered by its inputs (the loss and box for the grid
 * and critical points; those plus start, steps, η, β, α and the methods for the runs), so a toggle or a move of
 * one slider recomputes only what depends on it.
 *
 * @example
 * ```ts
 * createLandscapeModel().compute(DEFAULT_LANDSCAPE_STATE).view?.regression?.landed; // [0.81995, 1.64734]
 * ```
 */
export function createLandscapeModel() {
  const compile = createLossCompiler();
  let sceneKey = '';
  let scene: { grid: LossGrid; critical: CriticalPoints } | null = null;
  let runKey = '';
  let result: LandscapeResult | null = null;
  const fit: LinearRegression = linearRegression(REGRESSION_X, REGRESSION_Y);
  return {
    compute(s: LandscapeState): LandscapeResult {
      const compiled = compile(s.loss, s.params);
      if (!compiled.loss) return { error: compiled.error };
      const loss = compiled.loss;
      const box = [s.xMin, s.xMax, s.yMin, s.yMax] as const;
      const params = loss.parameters.names.map((n) => loss.parameters.get(n)).join(',');
      const nextScene = `${s.loss}|${params}|${box.join(',')}`;
      const nextRuns = `${nextScene}|${s.sx},${s.sy},${s.lr},${s.steps},${s.beta},${s.adamLr},${s.methods},${s.batch},${s.seed}`;
      if (nextRuns === runKey && result) return result;
      try {
        if (nextScene !== sceneKey || !scene) {
          scene = { grid: lossGrid(loss, box), critical: criticalPoints(loss, box) };
          sceneKey = nextScene;
        }
        const regression = isRegression(s.loss) ? fit : null;
        const runs = methodRuns(loss, s, regression);
        const readouts = scene.critical.points.map((p) => curvatureReadout(loss, p.x, p.y, s.lr));
        const gd = runs.gd;
        const end = gd ? nearest(readouts, gd.x[gd.x.length - 2]!, gd.x[gd.x.length - 1]!) : -1;
        const measured = readouts.map((p, i) => (i === end && gd ? measuredRate(gd.x, p.x, p.y) : null));
        const minima = readouts.map((r, i) => [r, i] as const).filter(([r]) => r.kind === 'minimum');
        const lowest = minima.reduce((a, b) => (b[0].value < (a?.[0].value ?? Infinity) ? b : a), minima[0]);
        const mapPoint = end >= 0 && readouts[end]!.kind === 'minimum' ? end : (lowest?.[1] ?? -1);
        let reference = Math.min(...readouts.filter((r) => r.kind === 'minimum').map((r) => r.value));
        for (const run of Object.values(runs)) for (const v of run.values) reference = Math.min(reference, v);
        const flow = runs.flow;
        let distance: Float64Array | null = null;
        if (gd && flow) {
          const n = Math.min(gd.x.length, flow.x.length) / 2;
          distance = Float64Array.from({ length: n }, (_, k) =>
            Math.hypot(gd.x[2 * k]! - flow.x[2 * k]!, gd.x[2 * k + 1]! - flow.x[2 * k + 1]!),
          );
        }
        const lambdas = mapPoint >= 0 ? readouts[mapPoint]!.eigenvalues : null;
        // The momentum panel is heavy ball's own, drawn whether or not its run is shown on the landscape.
        const ball =
          runs.heavyBall ?? methodRuns(loss, { ...s, methods: METHOD_BITS.heavyBall }, null).heavyBall!;
        const momentum = momentumPicture(loss, s, ball.x, lambdas);
        const solution = regression ? curvatureReadout(loss, fit.solution[0]!, fit.solution[1]!, s.lr) : null;
        const fallback = [
          ...loss.gradientEntries.map((e, i) => (e.reason ? `∂F/∂${'xy'[i]}: ${e.reason}` : '')),
          ...(loss.hessianMethod === 'central-difference'
            ? ['the Hessian is partly a central difference']
            : []),
        ]
          .filter(Boolean)
          .join('; ');
        const view: LandscapeView = {
          box,
          ...scene,
          readouts,
          measured,
          current: curvatureReadout(loss, s.sx, s.sy, s.lr),
          runs,
          reference,
          distance,
          momentum,
          mapPoint,
          regression: regression && gd && solution ? regressionFacts(fit, gd, solution, s.lr) : null,
          fallback,
          parameters: parameterSliders(loss.formula, s.params, s.paramBounds),
        };
        result = { view };
      } catch (e) {
        result = { error: e instanceof Error ? e.message : String(e) };
      }
      runKey = nextRuns;
      return result;
    },
  };
}
