import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { actionEvent } from '../../components/explorer-events.ts';
import type { PlotClickEvent } from '../../plots/pf-plot.ts';
import { EMPTY_SPEC, type PlotSpec } from '../../plots/plot-spec.ts';
import { LatestWorker, type WorkerPort } from '../latest-worker.ts';
import { viewCardStyles } from '../view-card-styles.ts';
import { createPlaneModel, type PlaneResult, type PlaneView } from './model/plane-model.ts';
import { planeStyles } from './plane-styles.ts';
import { DEFAULT_PLANE_STATE, type PlaneAction, type PlaneState } from './state/plane-state.ts';
import { PLANE_PRESETS, planePresetById } from './state/presets.ts';
import { KIND_MARKERS, OTHER_MARKER, phasePlaneSpec, timeSeriesSpec } from './traces/plane-traces.ts';
import '../../components/pf-parameter-sliders.ts';
import '../../plots/pf-plot-panel.ts';

/**
 * The plane view: a typed system x′ = f(x, y), y′ = g(x, y) in a box, with its direction field, nullclines, fixed
 * points by kind, separatrices, the trajectory through the clicked point (forward and backward) with x(t), y(t)
 * beside it, and the limit cycle it reaches. Computes in `willUpdate` when the state changes, never in `render`.
 */
@customElement('pf-plane-view')
export class PfPlaneView extends LitElement {
  static override styles = [viewCardStyles, planeStyles];

  @property({ attribute: false }) accessor state: PlaneState = DEFAULT_PLANE_STATE;
  @state() private accessor error = '';

  // The model runs in a worker (issue 14: a hostile system held the main thread for seconds); inline without workers.
  readonly #work = new LatestWorker<PlaneState, PlaneResult>(
    planeWorker,
    (request) => this.#inline().compute(request),
    (result) => this.#show(result),
  );
  #inlineModel: ReturnType<typeof createPlaneModel> | undefined;

  /** The model run on the main thread where workers are missing (happy-dom), made on first use. */
  #inline(): ReturnType<typeof createPlaneModel> {
    if (this.#inlineModel === undefined) this.#inlineModel = createPlaneModel();
    return this.#inlineModel;
  }
  #dropped = false;
  #view: PlaneView | undefined;
  #plane: PlotSpec = EMPTY_SPEC;
  #series: PlotSpec = EMPTY_SPEC;
  #lastComputeMs = 0;

  /** Main-thread milliseconds of the last view shown: building the traces (and the model where it runs inline). */
  get lastComputeMs(): number {
    return this.#lastComputeMs;
  }

  /** True while the worker computes the view of a newer state than the one shown (tests wait on it). */
  get computing(): boolean {
    return this.#work.computing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Work stopped when the view was last removed is asked for again.
    if (this.#dropped) this.requestUpdate('state');
    this.#dropped = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dropped = this.#work.computing;
    this.#work.dispose();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('state') || !this.hasUpdated) this.#work.request(this.state);
  }

  #show(result: PlaneResult): void {
    const started = performance.now();
    if (result.error === undefined) {
      this.#view = result.view;
      this.error = '';
      this.#plane = phasePlaneSpec(result.view);
      this.#series = timeSeriesSpec(result.view);
    } else {
      this.error = result.error;
    }
    this.#lastComputeMs = performance.now() - started;
    this.requestUpdate();
  }

  override render() {
    const s = this.state;
    const view = this.#view;
    const preset = planePresetById(s.example);
    const cycle = view?.cycle;
    const cycleText = cycle
      ? `${cycle.kind === 'limit-cycle' ? 'Limit cycle' : 'Closed orbit'} of period ${cycle.period.toFixed(6)} (± ${cycle.accuracy.toExponential(1)}).`
      : 'No periodic orbit reached from the selected trajectory.';
    return html`
      <p class="intro">
        Two variables: the flow (x′, y′) = (f, g) as arrows, the nullclines where x′ = 0 (orange) and y′ = 0 (green),
        fixed points by kind, and the trajectory through any point you click, traced forward and backward.
      </p>
      <div class="layout" @plot-click=${this.#onClick}>
        <aside class="card" aria-labelledby="system-heading">
          <h2 id="system-heading">System</h2>
          <label>Example
            <select id="example" @change=${this.#onExample}>
              ${PLANE_PRESETS.map((p) => html`<option value=${p.id} ?selected=${p.id === s.example}>${p.label}</option>`)}
              <option value="custom" ?selected=${s.example === 'custom'}>Custom</option>
            </select>
          </label>
          <label>x′ = <input id="fx" .value=${s.fx} @change=${this.#onSystem} spellcheck="false" /></label>
          <label>y′ = <input id="fy" .value=${s.fy} @change=${this.#onSystem} spellcheck="false" /></label>
          ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
          <pf-parameter-sliders .sliders=${view?.parameters ?? []}></pf-parameter-sliders>
          <div class="box">
            ${(['xMin', 'xMax', 'yMin', 'yMax'] as const).map(
              (field) => html`<label>${field}
                <input type="number" id=${field} .value=${String(s[field])} step="any" @change=${(e: Event) => this.#onNumber(field, e)} /></label>`,
            )}
          </div>
          <label>Trace for ± t =
            <input type="number" id="span" min="1" max="200" .value=${String(s.span)} @change=${(e: Event) => this.#onNumber('span', e)} />
          </label>
          <label>Euler's iterates at step h (0: none)
            <input type="number" id="h" min="0" max="2" step="0.05" .value=${String(s.h)} @change=${(e: Event) => this.#onNumber('h', e)} />
          </label>
          <label><span><input type="checkbox" id="separatrices" .checked=${s.separatrices === 1}
            @change=${(e: Event) => this.#send({ type: 'number', field: 'separatrices', value: (e.target as HTMLInputElement).checked ? 1 : 0 })} />
            separatrices of saddles</span></label>
          <h2>Fixed points</h2>
          <ul class="points">
            ${(view?.points ?? []).map((p) => {
              const m = KIND_MARKERS[p.kind] ?? OTHER_MARKER;
              const at = (v: number) => (Math.abs(v) < 5e-5 ? 0 : v).toFixed(4);
              return html`<li><span style=${`color: ${m.color}`} aria-hidden="true">${m.glyph}</span> ${m.label} at
                  (${at(p.x)}, ${at(p.y)})${p.note ? html` <small>(${p.note.split(':')[0]})</small>` : null}</li>`;
            })}
          </ul>
          ${view && view.unresolved > 0 ? html`<p class="note">${view.unresolved} grid cells could not be settled.</p>` : null}
          ${preset ? html`<p class="note">${preset.note}</p>` : null}
        </aside>
        <main class="panels">
          <pf-plot-panel
            id="plane"
            heading="Phase plane"
            caption=${`Click anywhere to trace a trajectory (purple). Orange: x′ = 0; green: y′ = 0; dashed: separatrices; arrows darker where faster. ${cycleText}`}
            filename="phaseflow-plane"
            .spec=${this.#plane}
          ></pf-plot-panel>
          <pf-plot-panel
            id="series"
            heading="Time series"
            caption="x(t) and y(t) along the selected trajectory; t = 0 at the clicked point."
            filename="phaseflow-plane-series"
            .spec=${this.#series}
          ></pf-plot-panel>
        </main>
      </div>
    `;
  }

  #send(action: PlaneAction, commit = true): void {
    this.dispatchEvent(actionEvent(action, commit));
  }

  #onClick = (event: PlotClickEvent): void => {
    const { x, y } = event.detail;
    this.#send({ type: 'trace', x, y });
  };

  #onExample = (event: Event): void => {
    this.#send({ type: 'example', id: (event.target as HTMLSelectElement).value });
  };

  #onSystem = (): void => {
    const fx = (this.renderRoot.querySelector('#fx') as HTMLInputElement).value;
    const fy = (this.renderRoot.querySelector('#fy') as HTMLInputElement).value;
    this.#send({ type: 'system', fx, fy });
  };

  #onNumber(field: 'xMin' | 'xMax' | 'yMin' | 'yMax' | 'span' | 'h', event: Event): void {
    const value = Number((event.target as HTMLInputElement).value);
    if (Number.isFinite(value)) this.#send({ type: 'number', field, value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-plane-view': PfPlaneView;
  }
}

function planeWorker(): WorkerPort<PlaneState, PlaneResult> | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./plane.worker.ts', import.meta.url), { type: 'module' }) as WorkerPort<
    PlaneState,
    PlaneResult
  >;
}
