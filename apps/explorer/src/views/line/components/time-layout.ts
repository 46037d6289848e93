import { html, type TemplateResult } from 'lit';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import type { LineState } from '../state/line-state.ts';
import type { TimeView } from '../time/time-model.ts';
import '../../../components/pf-formula-input.ts';
import '../../../plots/pf-plot-panel.ts';
import './pf-controls.ts';

/**
 * Why the line view hides its gradient-flow panels for a formula in t: said on the page, next to the slope field.
 * (A test reads it; keep the words "non-autonomous" and "potential".)
 */
export const TIME_REASON =
  'x′ = f(x, t) depends on t: the equation is non-autonomous. Equilibria and the phase line are hidden, because ' +
  'where f vanishes moves with t; the potential and the gradient iterates are hidden, because a non-autonomous ' +
  'equation has no potential F(x) whose gradient it is (gradient ascent needs f = F′(x), a function of x alone).';

/**
 * The line view's page for a non-autonomous equation x′ = f(x, t), rendered inside `<pf-line-view>` (whose styles
 * apply): the formula box and the controls as for any formula, then the flow panel as a slope field over (t, x)
 * with solutions through it, and the reason the other panels are not shown. On a phone (the line view's one
 * column, ordered by `order`) the slope field comes first, then the controls, the reason and the formula.
 *
 * @example
 * ```ts
 * html`${timeLayout(state, view, slopeFieldTraces(view))}` // the slope-field page of x′ = −x + sin t
 * ```
 */
export function timeLayout(state: LineState, view: TimeView, spec: PlotSpec): TemplateResult {
  return html`
    <p class="intro">
      A formula in t is a non-autonomous equation x′ = f(x, t): its slope field shows the slope f at each time and
      height, and every solution runs along it. Euler's points with h = η follow the same slopes step by step.
    </p>
    <div class="layout">
      <aside>
        <section class="card" aria-labelledby="formula-heading">
          <h2 id="formula-heading">Function</h2>
          <pf-formula-input
            .kind=${state.kind}
            .formula=${state.formula}
            .error=${''}
            .note=${`x′ = ${view.flowText}, a function of x and t`}
          ></pf-formula-input>
        </section>
        <section class="card" aria-labelledby="controls-heading">
          <h2 id="controls-heading">Parameters</h2>
          <pf-controls .state=${state} .parameters=${view.parameters} timeDependent></pf-controls>
        </section>
      </aside>
      <main class="panels">
        <pf-plot-panel
          id="flow"
          style="grid-column: 1 / -1; order: 1"
          heading="Slope field"
          caption="Slopes of x′ = f(x, t) over (t, x) with solutions from t = 0; the bold one from x0, and Euler's points with h = η."
          filename="phaseflow-slope-field"
          .exportTitle=${`x′ = ${view.flowText}`}
          .spec=${spec}
        ></pf-plot-panel>
        <section class="card" id="time-note" style="grid-column: 1 / -1; order: 3" aria-labelledby="time-note-heading">
          <h2 id="time-note-heading">Why no phase line or potential</h2>
          <p>${TIME_REASON}</p>
        </section>
      </main>
    </div>
  `;
}
