import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { actionEvent } from '../../components/explorer-events.ts';
import type { PlotClickEvent } from '../../plots/pf-plot.ts';
import { EMPTY_SPEC, type PlotSpec } from '../../plots/plot-spec.ts';
import { viewCardStyles } from '../view-card-styles.ts';
import { BasinClient, DRAG_PAUSE_MS } from './basin-client.ts';
import { landscapeStyles } from './landscape-styles.ts';
import type { BasinResult } from './model/basin-job.ts';
import { createLandscapeModel, type LandscapeView } from './model/landscape-model.ts';
import { panelCaptions } from './model/panel-captions.ts';
import { regressionLines } from './model/readout-text.ts';
import {
  DEFAULT_LANDSCAPE_STATE,
  type LandscapeAction,
  type LandscapeState,
} from './state/landscape-state.ts';
import { isRegression, LANDSCAPE_PRESETS, landscapePresetById } from './state/presets.ts';
import { basinSpec } from './traces/basin-traces.ts';
import { landscapeSpec } from './traces/landscape-traces.ts';
import { lossSpec } from './traces/loss-traces.ts';
import { phaseSpec, rateMapSpec } from './traces/momentum-traces.ts';
import './components/pf-curvature-readout.ts';
import './components/pf-landscape-controls.ts';
import './components/pf-method-toggles.ts';
import '../../plots/pf-plot-panel.ts';

/**
 * The landscape view: a typed loss F(x, y) as filled contours with the gradient flow and the iterates of GD, heavy
 * ball, Nesterov, Adam (and SGD on the regression) from one start; the Hessian's picture at x0 and at every critical
 * point; loss against iteration; heavy ball as a ball and its (η, β) rate map; the basin map from a worker.
 * Computes in `willUpdate` when the state changes, never in `render`.
 */
@customElement('pf-landscape-view')
export class PfLandscapeView extends LitElement {
  static override styles = [viewCardStyles, landscapeStyles];

  @property({ attribute: false }) accessor state: LandscapeState = DEFAULT_LANDSCAPE_STATE;
  @state() private accessor error = '';
  @state() private accessor basins: BasinResult | undefined;

  readonly #model = createLandscapeModel();
  readonly #basinClient = new BasinClient((result) => {
    this.basins = result;
  });
  #view: LandscapeView | undefined;
  #specs: Record<'landscape' | 'loss' | 'phase' | 'rateMap' | 'basins', PlotSpec> = {
    landscape: EMPTY_SPEC,
    loss: EMPTY_SPEC,
    phase: EMPTY_SPEC,
    rateMap: EMPTY_SPEC,
    basins: EMPTY_SPEC,
  };
  #lastComputeMs = 0;
  #drawnBasins: BasinResult | undefined;
  #drawnBox = '';
  /** True while a control is dragged (its last action had commit false): the basin request then waits. */
  #dragging = false;
  /** The loss, heavy-ball and rate-map panels lag the state (a drag is under way), and the timer that ends it. */
  #secondaryStale = false;
  #catchUp: ReturnType<typeof setTimeout> | undefined;

  /** Milliseconds the last state change took on the main thread (model and trace builders), for the benchmark. */
  get lastComputeMs(): number {
    return this.#lastComputeMs;
  }

  /** The last basin map received (coarse or refined), with the worker's timings. */
  get lastBasins(): BasinResult | undefined {
    return this.basins;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('explorer-action', this.#noteCommit);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('explorer-action', this.#noteCommit);
    super.disconnectedCallback();
    this.#basinClient.stop();
    clearTimeout(this.#catchUp);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const started = performance.now();
    if (changed.has('state') || !this.#view) {
      const result = this.#model.compute(this.state);
      if (result.error === undefined) {
        const view = result.view;
        this.#view = view;
        this.error = '';
        this.#specs.landscape = landscapeSpec(
          view,
          isRegression(this.state.loss) ? ['x = w1 (slope)', 'y = w2 (intercept)'] : ['x', 'y'],
        );
        this.#secondaryStale = true;
      } else {
        // A loss that does not compile draws nothing, rather than the last loss's picture under the new text.
        this.error = result.error;
        this.#view = undefined;
        this.#specs = {
          ...this.#specs,
          landscape: EMPTY_SPEC,
          loss: EMPTY_SPEC,
          phase: EMPTY_SPEC,
          rateMap: EMPTY_SPEC,
        };
      }
      this.#basinClient.request(this.state, this.#dragging);
    }
    // While a slider is dragged only the landscape follows it; the loss, heavy-ball and rate-map panels catch up
    // when the drag pauses (DRAG_PAUSE_MS) or ends, so each move costs plotly one panel, not four.
    if (this.#secondaryStale && this.#view) {
      clearTimeout(this.#catchUp);
      if (this.#dragging) {
        this.#catchUp = setTimeout(() => {
          this.#dragging = false;
          this.requestUpdate();
        }, DRAG_PAUSE_MS);
      } else {
        this.#specs.loss = lossSpec(this.#view);
        this.#specs.phase = phaseSpec(this.#view.momentum);
        this.#specs.rateMap = rateMapSpec(this.#view.momentum, this.state.lr, this.state.beta);
        this.#secondaryStale = false;
      }
    }
    const box = [this.state.xMin, this.state.xMax, this.state.yMin, this.state.yMax] as const;
    // Rebuilt only when the map or the box changed: an unchanged spec is not redrawn by plotly.
    if (this.basins && (this.basins !== this.#drawnBasins || box.join() !== this.#drawnBox)) {
      this.#specs.basins = basinSpec(this.basins, box);
      this.#drawnBasins = this.basins;
      this.#drawnBox = box.join();
    }
    this.#lastComputeMs = performance.now() - started;
  }

  override render() {
    const s = this.state;
    const view = this.#view;
    const preset = landscapePresetById(s.example);
    const facts = view?.regression;
    const captions = panelCaptions(view, this.basins, s.lr);
    return html`
      <p class="intro">
        Gradient descent is Euler's method on the gradient flow x′ = −∇F. Type a loss F(x, y): its filled contours, the
        flow from x0 (black) and, from the same x0, gradient descent, heavy ball, Nesterov and Adam. Click the landscape
        to move x0.
      </p>
      <div class="layout" @plot-click=${this.#onClick}>
        <aside>
          <section class="card c-loss" aria-labelledby="loss-heading">
            <h2 id="loss-heading">Loss</h2>
            <label>Example
              <select id="example" @change=${this.#onExample}>
                ${LANDSCAPE_PRESETS.map((p) => html`<option value=${p.id} ?selected=${p.id === s.example}>${p.label}</option>`)}
                <option value="custom" ?selected=${s.example === 'custom'}>Custom</option>
              </select>
            </label>
            <label>F(x, y) =
              <input id="loss-formula" .value=${live(s.loss)} @change=${this.#onLoss} spellcheck="false" />
            </label>
            ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
            ${view?.fallback ? html`<p class="note">Finite differences: ${view.fallback}.</p>` : html`<p class="note">Gradient and Hessian symbolic.</p>`}
            ${preset ? html`<p class="note">${preset.note}</p>` : null}
          </section>
          <pf-landscape-controls .state=${s} .view=${view}></pf-landscape-controls>
          <section class="card c-runs" aria-labelledby="runs-heading">
            <h2 id="runs-heading">Runs</h2>
            <pf-method-toggles .methods=${s.methods} .sgd=${isRegression(s.loss)}></pf-method-toggles>
            ${this.#statusNotes()}
          </section>
          <section class="card c-curvature" aria-labelledby="curvature-heading">
            <h2 id="curvature-heading">Curvature</h2>
            <pf-curvature-readout .view=${view} .eta=${s.lr}></pf-curvature-readout>
          </section>
        </aside>
        <main class="panels">
          ${
            facts
              ? html`<section class="facts" id="regression-facts"><h2>The chapter's run, computed</h2>
            ${regressionLines(facts, s.lr).map((l) => html`<p>${l}</p>`)}</section>`
              : null
          }
          <div class="pair" id="pair-main">
            <pf-plot-panel id="landscape" heading="Landscape" filename="phaseflow-landscape" .spec=${this.#specs.landscape}
              caption=${captions.landscape}></pf-plot-panel>
            <pf-plot-panel id="loss" heading="Loss against iteration" filename="phaseflow-landscape-loss" .spec=${this.#specs.loss}
              caption=${captions.loss}></pf-plot-panel>
          </div>
          <div class="pair" id="pair-momentum">
            <pf-plot-panel id="phase" heading="Heavy ball as a ball" filename="phaseflow-heavy-ball" .spec=${this.#specs.phase}
              caption=${captions.phase}></pf-plot-panel>
            <pf-plot-panel id="rate-map" heading="Momentum's rate map" filename="phaseflow-rate-map" .spec=${this.#specs.rateMap}
              caption=${captions.rateMap}></pf-plot-panel>
          </div>
          <pf-plot-panel id="basins" heading="Basins of gradient descent" filename="phaseflow-basins" .spec=${this.#specs.basins}
            caption=${captions.basins}></pf-plot-panel>
        </main>
      </div>
    `;
  }

  #statusNotes() {
    const runs = this.#view ? Object.values(this.#view.runs) : [];
    const bad = runs.filter((r) => r.status === 'diverged' || r.status === 'non-finite');
    return bad.map((r) => html`<p class="error">${r.id}: ${r.message}</p>`);
  }

  #noteCommit = (event: Event): void => {
    this.#dragging = !(event as CustomEvent<{ commit: boolean }>).detail.commit;
  };

  #send(action: LandscapeAction, commit = true): void {
    this.dispatchEvent(actionEvent(action, commit));
  }

  #onClick = (event: PlotClickEvent): void => {
    const panel = event.composedPath().find((n) => (n as HTMLElement).id === 'landscape');
    if (panel) this.#send({ type: 'start', x: event.detail.x, y: event.detail.y });
  };

  #onExample = (event: Event): void => {
    this.#send({ type: 'example', id: (event.target as HTMLSelectElement).value });
  };

  #onLoss = (event: Event): void => {
    this.#send({ type: 'loss', loss: (event.target as HTMLInputElement).value });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-landscape-view': PfLandscapeView;
  }
}
