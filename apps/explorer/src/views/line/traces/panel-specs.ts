import type { PlotSpec } from '../../../plots/plot-spec.ts';
import type { ExplorerView } from '../model/explorer-view.ts';
import { flowTraces } from './flow-traces.ts';
import { potentialTraces } from './potential-traces.ts';
import { solutionTraces } from './solution-traces.ts';

/** The three panels' traces and layouts. */
export interface PanelSpecs {
  readonly flow: PlotSpec;
  readonly solutions: PlotSpec;
  readonly potential: PlotSpec;
}

/**
 * Builds the three panels' specs, keeping a panel's previous spec object when nothing it draws has changed, so
 * that its plot is not redrawn: moving η leaves the flow panel alone (its curve, phase line and x_k at the focus
 * are the same), which spares one of the three plotly updates per slider move.
 *
 * @example
 * ```ts
 * const build = createPanelSpecs();
 * const a = build(view, 0);
 * build({ ...view, iterates: otherRunFromSameX0 }, 0).flow === a.flow; // true
 * ```
 */
export function createPanelSpecs(): (view: ExplorerView, focus: number) => PanelSpecs {
  let last: { view: ExplorerView; focus: number; specs: PanelSpecs } | undefined;
  return (view, focus) => {
    const prev = last;
    const xk = (v: ExplorerView) => v.iterates.x[Math.min(focus, v.iterates.x.length - 1)];
    const sameFlow =
      prev !== undefined &&
      prev.focus === focus &&
      prev.view.grid === view.grid &&
      prev.view.equilibria === view.equilibria &&
      prev.view.intervals === view.intervals &&
      prev.view.flowText === view.flowText &&
      xk(prev.view) === xk(view);
    const sameSolutions =
      prev !== undefined &&
      prev.focus === focus &&
      prev.view.family === view.family &&
      prev.view.chosen === view.chosen &&
      prev.view.euler === view.euler &&
      prev.view.iterates.x.length === view.iterates.x.length &&
      prev.view.equilibria === view.equilibria;
    const samePotential =
      prev !== undefined &&
      prev.focus === focus &&
      prev.view.grid === view.grid &&
      prev.view.iterates === view.iterates &&
      prev.view.potentialText === view.potentialText;
    const specs: PanelSpecs = {
      flow: sameFlow ? prev.specs.flow : flowTraces(view, focus),
      solutions: sameSolutions ? prev.specs.solutions : solutionTraces(view, focus),
      potential: samePotential ? prev.specs.potential : potentialTraces(view, focus),
    };
    last = { view, focus, specs };
    return specs;
  };
}
