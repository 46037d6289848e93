import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { createExplorerModel } from '../model/explorer-model.ts';
import type { ExplorerView } from '../model/explorer-view.ts';
import { iteratesCsv } from '../model/iterates-csv.ts';
import type { PlotSpec } from '../plots/flow-traces.ts';
import { createPanelSpecs, type PanelSpecs } from '../plots/panel-specs.ts';
import type { PlotHoverEvent } from '../plots/pf-plot.ts';
import type { ExplorerState } from '../state/explorer-state.ts';
import { PRESETS, presetById } from '../state/presets.ts';
import { type ExplorerAction, updateState } from '../state/update-state.ts';
import { downloadText } from './download-text.ts';
import type { ExplorerActionEvent } from './explorer-events.ts';
import { explorerStyles } from './explorer-styles.ts';
import { UrlHistory } from './url-history.ts';
import '../plots/pf-plot-panel.ts';
import './pf-controls.ts';
import './pf-formula-input.ts';
import './pf-readout.ts';

/**
 * The explorer's root: it owns the one state object (read from and written to the URL), computes the view through
 * the model when the state changes (never in `render`), builds the traces, and hands plain data to the leaf
 * components, whose `explorer-action` events it applies with `updateState`.
 */
@customElement('phaseflow-explorer')
export class PhaseflowExplorer extends LitElement {
  static override styles = explorerStyles;

  readonly #url = new UrlHistory(this, (state) => {
    this.current = state;
  });
  @state() private accessor current: ExplorerState = this.#url.read();
  @state() private accessor formulaError = '';
  @state() private accessor plotError = '';

  readonly #model = createExplorerModel();
  readonly #buildSpecs = createPanelSpecs();
  #view: ExplorerView | undefined;
  #specs: PanelSpecs | undefined;
  #lastComputeMs = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Write the normalized state back, so a partial or repaired link shows the full state it opened.
    this.#url.record(this.current, 'replace');
  }

  /** Milliseconds the last state change took to compute the view and build the traces (for the benchmark). */
  get lastComputeMs(): number {
    return this.#lastComputeMs;
  }

  /** The current state (read-only; change it through actions). */
  get explorerState(): ExplorerState {
    return this.current;
  }

  /** Applies an action as a user would: the URL follows (a history entry when `commit`). */
  apply(action: ExplorerAction, commit = true): void {
    const next = updateState(this.current, action);
    if (next !== this.current) this.current = next;
    // Hovering moves the focus often: it replaces the entry rather than flooding the history. Other uncommitted
    // changes (a slider being dragged) wait for their commit.
    const isFocus = action.type === 'number' && action.field === 'focus';
    this.#url.record(this.current, commit ? 'push' : isFocus ? 'replace' : 'none');
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The computation happens here, once per state change, not in render().
    if (!changed.has('current') && this.#specs) return;
    const started = performance.now();
    const result = this.#model.compute(this.current);
    if (result.error === undefined) {
      this.#view = result.view;
      this.formulaError = '';
    } else {
      this.formulaError = result.error;
      if (!this.#view) {
        // Opened on a link with a bad formula: draw the example's function until the formula is fixed.
        const example = presetById(this.current.preset) ?? DEFAULT_PRESET;
        const fallback = this.#model.compute({
          ...this.current,
          kind: example.kind,
          formula: example.formula,
        });
        if (fallback.error === undefined) this.#view = fallback.view;
      }
    }
    if (this.#view) this.#specs = this.#buildSpecs(this.#view, this.current.focus);
    this.#lastComputeMs = performance.now() - started;
  }

  override render() {
    const s = this.current;
    const view = this.#view;
    const specs = this.#specs;
    const flowWord = s.direction === 'ascent' ? 'ascent' : 'descent';
    return html`
      <header>
        <h1>phaseflow explorer</h1>
        <p>
          Gradient ${flowWord} is Euler's method on the gradient flow x′ = ${s.direction === 'ascent' ? '+' : '−'}F′(x):
          the iterates x<sub>k</sub> on F are Euler's points with h = η.
          ${s.decay < 1 || s.momentum > 0 ? 'With decay or momentum they part ways: compare the two panels below.' : ''}
          <a href="./walkthrough.html">New here? Follow the guided walkthrough: why gradient descent works →</a>
        </p>
      </header>
      <div class="layout" @explorer-action=${this.#onAction} @plot-hover=${this.#onHover} @plot-error=${this.#onPlotError}>
        <aside>
          <section class="card" aria-labelledby="formula-heading">
            <h2 id="formula-heading">Function</h2>
            <pf-formula-input
              .kind=${s.kind}
              .formula=${s.formula}
              .error=${this.formulaError}
              .note=${view ? `F(x) = ${view.potentialText}; x′ = ${view.flowText}` : ''}
            ></pf-formula-input>
          </section>
          <section class="card" aria-labelledby="controls-heading">
            <h2 id="controls-heading">Parameters</h2>
            <pf-controls .state=${s}></pf-controls>
          </section>
        </aside>
        <main class="panels">
          <pf-plot-panel
            id="flow"
            heading="Flow"
            caption="x′ = g(x) with the phase line: arrows show where states move; filled dots are stable."
            filename="phaseflow-flow"
            .spec=${specs?.flow ?? EMPTY}
          ></pf-plot-panel>
          <pf-plot-panel
            id="solutions"
            heading="Solutions"
            caption="x(t) from several starts; the bold one from x0, and Euler's points with h = η."
            filename="phaseflow-solutions"
            .spec=${specs?.solutions ?? EMPTY}
          ></pf-plot-panel>
          <pf-plot-panel
            id="potential"
            heading="Potential"
            caption=${`F(x) = ${view?.potentialText ?? ''} with the ${flowWord} iterates x_k, numbered.`}
            filename="phaseflow-potential"
            .spec=${specs?.potential ?? EMPTY}
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

  #onAction = (event: ExplorerActionEvent): void => {
    event.stopPropagation();
    this.apply(event.detail.action, event.detail.commit);
  };

  #onHover = (event: PlotHoverEvent): void => {
    const { meta, pointIndex } = event.detail;
    if (meta === 'iterates' || meta === 'euler')
      this.apply({ type: 'number', field: 'focus', value: pointIndex }, false);
  };

  #onPlotError = (event: CustomEvent<{ message: string }>): void => {
    this.plotError = `A plot could not be drawn: ${event.detail.message}`;
  };

  #exportCsv = (): void => {
    if (this.#view) downloadText(iteratesCsv(this.#view.iterates), 'phaseflow-iterates.csv', 'text/csv');
  };
}

const EMPTY: PlotSpec = { data: [], layout: {} };
const DEFAULT_PRESET = PRESETS[0]!;

declare global {
  interface HTMLElementTagNameMap {
    'phaseflow-explorer': PhaseflowExplorer;
  }
}
