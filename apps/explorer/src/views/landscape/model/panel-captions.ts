import type { BasinResult } from './basin-job.ts';
import type { LandscapeView } from './landscape-model.ts';
import { fmt } from './readout-text.ts';

/**
 * The sentence under each panel, with the numbers of the current view in it (pure, so the element only renders).
 *
 * @example
 * ```ts
 * panelCaptions(view, basins, 0.01).rateMap; // 'Heavy ball's rate over (η, β) … ★ optimum η = 0.1863, β = 0.5834, …'
 * ```
 */
export function panelCaptions(view: LandscapeView | undefined, basins: BasinResult | undefined, eta: number) {
  const m = view?.momentum;
  const optimum = m?.map?.optimum;
  return {
    landscape:
      "Filled contours of F (log scale where F spans decades). ● minimum, ✕ saddle, ○ maximum, each with its Hessian's eigen-axes (dotted: negative curvature); ☆ x0.",
    loss: `F(x_k) − F* (F* = ${view ? fmt(view.reference, 6) : '…'}, the lowest F known) on a log scale; below, the distance from gradient descent to the flow at t = kη.`,
    phase: m
      ? `Heavy ball's iterates (squares, velocity (x_k − x_{k−1})/h) and the ODE x″ + γx′ = −∇F (line) it discretizes: h = √η = ${fmt(m.h, 4)}, γ = (1 − β)/√η = ${fmt(m.gamma, 4)}.`
      : '',
    rateMap: optimum
      ? `Heavy ball's rate over (η, β) for the Hessian at the minimum (white: diverges). ★ optimum η = ${fmt(optimum.learningRate, 4)}, β = ${fmt(optimum.momentum, 4)}, rate ${fmt(optimum.rate, 4)}; ○ the current pair.`
      : 'Needs a minimum with positive curvatures in the box.',
    basins: basinCaption(basins, eta),
  };
}

function basinCaption(b: BasinResult | undefined, eta: number): string {
  if (!b) return 'Computing the basin map in a worker…';
  if (b.error) return b.error;
  if (b.minima.length === 0)
    return `No start settled (‖∇F‖ ≤ 1e-6) within 200 steps of η = ${fmt(eta)}: the map stays blank until η is larger or F less flat. Grey: 12 seeded multi-start runs.`;
  const stage =
    b.resolution < 128
      ? `coarse ${b.resolution}×${b.resolution}, refining…`
      : `${b.resolution}×${b.resolution} starts`;
  return `Which minimum gradient descent reaches at η = ${fmt(eta)} in 200 steps from each start (${stage}; white: not settled); ${b.minima.length} minima; grey: 12 seeded multi-start runs and where they end.`;
}
