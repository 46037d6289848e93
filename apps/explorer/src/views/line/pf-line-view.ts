import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { downloadText } from '../../components/download-text.ts';
import { actionEvent } from '../../components/explorer-events.ts';
import type { PlotHoverEvent } from '../../plots/pf-plot.ts';
import { EMPTY_SPEC } from '../../plots/plot-spec.ts';
import { timeLayout } from './components/time-layout.ts';
import { lineStyles } from './line-styles.ts';
import type { ModelResult } from './model/explorer-model.ts';
import type { ExplorerView } from './model/explorer-view.ts';
import { iteratesCsv } from './model/iterates-csv.ts';
import { LineComputeClient } from './model/line-compute-client.ts';
import type { LineState } from './state/line-state.ts';
import { DEFAULT_STATE } from './state/presets.ts';
import type { LineAction } from './state/update-state.ts';
import { createTimeModel, type TimeView } from './time/time-model.ts';
import { createPanelSpecs, type PanelSpecs } from './traces/panel-specs.ts';
import { slopeFieldTraces } from './traces/slope-field-traces.ts';
import '../../components/pf-formula-input.ts';
import '../../plots/pf-plot-panel.ts';
import './components/pf-controls.ts';
import './components/pf-readout.ts';

/**
 * The line view: given its state by the shell, it computes the view through the model when the state changes
 * (never in `render`), builds the traces, and hands plain data to the leaf components. Their `explorer-action`
 * events bubble up to the shell, which applies them with the line view's `update` and sets `state` again.
 */
@customElement('pf-line-view')
export class PfLineView extends LitElement {
  static override styles = lineStyles;

  /** The state to show (the shell sets it; change it through actions). */
  @property({ attribute: false }) accessor state: LineState = DEFAULT_STATE;
  @state() private accessor formulaError = '';
  @state() private accessor plotError = '';

  // The model runs in a worker (inline where there are none, as in Node tests: #show then runs at once).
  readonly #compute = new LineComputeClient((result) => this.#show(result));
  readonly #buildSpecs = createPanelSpecs();
  // A formula in t is drawn by the time model, inline: a slope field and a few RK4 curves take well under a frame.
  readonly #time = createTimeModel();
  #timeView: TimeView | undefined;
  #timeSpec = EMPTY_SPEC;
  #view: ExplorerView | undefined;
  #specs: PanelSpecs | undefined;
  #lastComputeMs = 0;
  #dropped = false;

  /** Main-thread milliseconds of the last update: building the traces, and the model where it runs inline. */
  get lastComputeMs(): number {
    return this.#lastComputeMs;
  }

  /** True while the worker computes the view of a newer state than the one shown (tests wait on it). */
  get computing(): boolean {
    return this.#compute.computing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Work stopped when the view was last removed is asked for again.
    if (this.#dropped) this.requestUpdate('state');
    this.#dropped = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dropped = this.#compute.computing;
    this.#compute.dispose();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The computation is requested here, once per state change, not in render(). A change of the focus alone
    // computes nothing: the traces are rebuilt from the view shown.
    if (!changed.has('state') && this.#specs) return;
    if (this.#showTime()) return;
    const started = performance.now();
    if (!this.#compute.request(this.state) && this.#view)
      this.#specs = this.#buildSpecs(this.#view, this.#focus());
    this.#lastComputeMs = performance.now() - started;
  }

  #show(result: ModelResult): void {
    const started = performance.now();
    if (result.error === undefined) {
      this.#view = result.view;
      this.formulaError = '';
    } else {
      // The box keeps the user's text with the error under it. While the user types, the plots keep the last
      // formula that read; a page opened on a link with a bad formula draws nothing (never another problem).
      this.formulaError = result.error;
    }
    if (this.#view) this.#specs = this.#buildSpecs(this.#view, this.#focus());
    this.#lastComputeMs = performance.now() - started;
    this.requestUpdate();
  }

  /** The focus, within the iterates of the view shown (which may be of an earlier state while a newer computes). */
  #focus(): number {
    return Math.min(this.state.focus, (this.#view?.iterates.x.length ?? 1) - 1);
  }

  /** Draws a formula in t through the time model; false, drawing nothing, for any other formula. */
  #showTime(): boolean {
    const previous = this.#timeView;
    const result = this.#time.compute(this.state);
    this.#timeView = result?.view;
    if (result?.error !== undefined) {
      // A potential in t: the box says why, and the plots keep the last formula that read.
      this.formulaError = result.error;
      return true;
    }
    if (this.#timeView && this.#timeView !== previous) this.#timeSpec = slopeFieldTraces(this.#timeView);
    return this.#timeView !== undefined;
  }

  override render() {
    if (this.#timeView) return timeLayout(this.state, this.#timeView, this.#timeSpec);
    const s = this.state;
    const view = this.#view;
    const specs = this.#specs;
    const flowWord = s.direction === 'ascent' ? 'ascent' : 'descent';
    return html`
      <p class="intro">
        Gradient ${flowWord} is Euler's method on the gradient flow x′ = ${s.direction === 'ascent' ? '+' : '−'}F′(x):
        the iterates x<sub>k</sub> on F are Euler's points with h = η.
        ${s.decay < 1 || s.momentum > 0 ? 'With decay or momentum they part ways: compare the two panels below.' : ''}
      </p>
      <div class="layout" @plot-hover=${this.#onHover} @plot-error=${this.#onPlotError}>
        <aside>
          <section class="card" aria-labelledby="formula-heading">
            <h2 id="formula-heading">Function</h2>
            <pf-formula-input
              .kind=${s.kind}
              .formula=${s.formula}
              .error=${this.formulaError}
              .note=${view ? `F(x) = ${view.potentialText}; x′ = ${view.flowText}` : ''}
              .limited=${view?.resolutionNote ?? ''}
            ></pf-formula-input>
          </section>
          <section class="card" aria-labelledby="controls-heading">
            <h2 id="controls-heading">Parameters</h2>
            <pf-controls .state=${s} .parameters=${view?.parameters ?? []}></pf-controls>
          </section>
        </aside>
        <main class="panels">
          <pf-plot-panel
            id="flow"
            heading="Flow"
            caption=${view?.phaseLineNote ?? 'x′ = g(x) with the phase line: arrows show where states move; filled dots are stable.'}
            filename="phaseflow-flow"
            .exportTitle=${view ? `x′ = ${view.flowText}` : ''}
            .spec=${specs?.flow ?? EMPTY_SPEC}
          ></pf-plot-panel>
          <pf-plot-panel
            id="solutions"
            heading="Solutions"
            caption="x(t) from several starts; the bold one from x0, and Euler's points with h = η."
            filename="phaseflow-solutions"
            .exportTitle=${view ? `Solutions of x′ = ${view.flowText}` : ''}
            .spec=${specs?.solutions ?? EMPTY_SPEC}
          ></pf-plot-panel>
          <pf-plot-panel
            id="potential"
            heading="Potential"
            caption=${`F(x) = ${view?.potentialText ?? ''} with the ${flowWord} iterates x_k, numbered.`}
            filename="phaseflow-potential"
            .exportTitle=${view ? `F(x) = ${view.potentialText}` : ''}
            .spec=${specs?.potential ?? EMPTY_SPEC}
          >
            <button slot="actions" class="csv" type="button" @click=${this.#exportCsv} aria-label="save the iterates as CSV">
              CSV
            </button>
          </pf-plot-panel>
          <section class="card" aria-labelledby="readout-heading">
            <h2 id="readout-heading">Iterate</h2>
            <pf-readout .iterates=${view?.iterates} .k=${s.focus}></pf-readout>
            ${this.plotError ? html`<p class="plot-error" role="alert">${this.plotError}</p>` : null}
          </section>
        </main>
      </div>
    `;
  }

  #onHover = (event: PlotHoverEvent): void => {
    const { meta, pointIndex } = event.detail;
    if (meta === 'iterates' || meta === 'euler') {
      const action: LineAction = { type: 'number', field: 'focus', value: pointIndex };
      this.dispatchEvent(actionEvent(action, false, 'replace'));
    }
  };

  #onPlotError = (event: CustomEvent<{ message: string }>): void => {
    this.plotError = `A plot could not be drawn: ${event.detail.message}`;
  };

  #exportCsv = (): void => {
    if (this.#view) downloadText(iteratesCsv(this.#view.iterates), 'phaseflow-iterates.csv', 'text/csv');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-line-view': PfLineView;
  }
}
