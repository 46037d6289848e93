import { css, html, LitElement, type PropertyValues } from 'lit';
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
import { decodeState, encodeState } from '../state/url-codec.ts';
import { downloadText } from './download-text.ts';
import type { ExplorerActionEvent } from './explorer-events.ts';
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
  static override styles = css`
    :host {
      display: block;
      max-width: 1500px;
      margin: 0 auto;
      padding: 0.75rem 1rem 1.5rem;
      box-sizing: border-box;
    }
    header h1 {
      font-size: 1.35rem;
      margin: 0;
    }
    header p {
      margin: 0.2rem 0 0.75rem;
      color: #4a5463;
      font-size: 0.9rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(260px, 320px) 1fr;
      gap: 1rem;
      align-items: start;
    }
    aside {
      display: grid;
      gap: 1rem;
      position: sticky;
      top: 0.5rem;
    }
    .card {
      background: #ffffff;
      border: 1px solid #dde2e8;
      border-radius: 8px;
      padding: 0.75rem;
    }
    .card h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .panels {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 1rem;
    }
    .plot-error {
      color: #b71c1c;
      font-size: 0.85rem;
    }
    button.csv {
      font: inherit;
      font-size: 0.75rem;
      padding: 0.15rem 0.45rem;
      border: 1px solid #9aa3af;
      border-radius: 4px;
      background: #f6f7f9;
      cursor: pointer;
    }
    @media (max-width: 900px) {
      .layout,
      .panels {
        grid-template-columns: 1fr;
      }
      aside {
        position: static;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
        animation: none !important;
      }
    }
  `;

  @state() private accessor current: ExplorerState = decodeState(location.search);
  @state() private accessor formulaError = '';
  @state() private accessor plotError = '';

  readonly #model = createExplorerModel();
  readonly #buildSpecs = createPanelSpecs();
  #view: ExplorerView | undefined;
  #specs: PanelSpecs | undefined;
  #lastUrl = '';
  #lastComputeMs = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    this.#lastUrl = `?${encodeState(this.current)}`;
    history.replaceState(null, '', this.#lastUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
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
    const url = `?${encodeState(this.current)}`;
    if (commit && url !== this.#lastUrl) {
      history.pushState(null, '', url);
      this.#lastUrl = url;
    } else if (!commit && action.type === 'number' && action.field === 'focus') {
      // Hovering moves the focus often: keep the URL current without flooding the history.
      history.replaceState(null, '', url);
      this.#lastUrl = url;
    }
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

  #onPopState = (): void => {
    this.current = decodeState(location.search);
    this.#lastUrl = location.search;
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
