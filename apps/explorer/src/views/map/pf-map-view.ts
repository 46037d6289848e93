import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { actionEvent } from '../../components/explorer-events.ts';
import type { ParameterSlider } from '../../components/parameter-sliders.ts';
import type { SliderInputEvent } from '../../components/pf-slider.ts';
import type { PlotClickEvent } from '../../plots/pf-plot.ts';
import { EMPTY_SPEC, type PlotSpec } from '../../plots/plot-spec.ts';
import { viewCardStyles } from '../view-card-styles.ts';
import { mapStyles } from './map-styles.ts';
import { cobwebView } from './model/cobweb-model.ts';
import { computeDiagram, type DiagramRequest, type DiagramResult } from './model/diagram.ts';
import { createMapParameters } from './model/map-parameters.ts';
import {
  DEFAULT_MAP_STATE,
  MAP_LIMITS,
  type MapAction,
  type MapMethod,
  type MapState,
} from './state/map-state.ts';
import { MAP_PRESETS, mapPresetById } from './state/presets.ts';
import { cobwebSpec } from './traces/cobweb-traces.ts';
import { diagramSpec } from './traces/diagram-traces.ts';
import '../../components/pf-formula-input.ts';
import '../../components/pf-parameter-sliders.ts';
import '../../components/pf-slider.ts';
import '../../plots/pf-plot-panel.ts';

/** The orbit diagram's resolution: columns over the η range, iterates dropped, iterates kept. */
export const DIAGRAM_SIZE = { columns: 1000, transient: 500, keep: 200 } as const;

/**
 * The map view: the cobweb of the step map at the shared η and x0 (computed here, it is cheap), and the orbit
 * diagram over the η range (computed in a worker, since it is 700,000 steps): every drag-to-zoom on the diagram
 * sets a new η range and the worker recomputes it at full resolution. A click on the diagram sets η.
 */
@customElement('pf-map-view')
export class PfMapView extends LitElement {
  static override styles = [viewCardStyles, mapStyles];

  @property({ attribute: false }) accessor state: MapState = DEFAULT_MAP_STATE;
  @state() private accessor error = '';
  @state() private accessor diagram: DiagramResult | undefined;

  #cobweb: PlotSpec = EMPTY_SPEC;
  #diagramSpec: PlotSpec = EMPTY_SPEC;
  #note = '';
  readonly #parameters = createMapParameters();
  #sliders: readonly ParameterSlider[] = [];
  #lastComputeMs = 0;
  #worker: Worker | undefined;
  #requestKey = '';
  #latestId = 0;

  /** Milliseconds the last state change took on the main thread (cobweb model and both trace builders). */
  get lastComputeMs(): number {
    return this.#lastComputeMs;
  }

  /** The last orbit diagram received, with the worker's timings (`diagramMs`, `totalMs`). */
  get lastDiagram(): DiagramResult | undefined {
    return this.diagram;
  }

  /** How many diagram requests were sent: a zoom must add one. */
  diagramRequests = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const started = performance.now();
    if (changed.has('state')) {
      this.#sliders = this.#parameters(this.state);
      const result = cobwebView(this.state);
      if (result.error === undefined) {
        this.error = '';
        this.#cobweb = cobwebSpec(result.view, this.state);
        const escaped =
          result.view.status === 'bounded'
            ? ''
            : ` The orbit ${result.view.status === 'escaped' ? 'escapes' : 'meets a non-finite value'}.`;
        this.#note = `${this.state.steps} steps of ${this.state.method === 'rk4' ? 'RK4' : 'Euler (gradient descent)'} at η = ${this.state.eta}.${escaped}`;
      } else {
        this.error = result.error;
      }
      this.#request();
    }
    if (this.diagram && (changed.has('state') || changed.has('diagram'))) {
      this.#diagramSpec = diagramSpec(this.diagram, this.state);
    }
    this.#lastComputeMs = performance.now() - started;
  }

  override render() {
    const s = this.state;
    const preset = mapPresetById(s.preset);
    const d = this.diagram;
    const doublings =
      d && d.doublings.length > 0
        ? Array.from(d.doublings, (v) => v.toPrecision(6)).join(', ')
        : 'none in this range';
    return html`
      <p class="intro">
        Gradient descent with step η is the map x ↦ x − η·F′(x). Its fixed points are the minima; one attracts while
        |1 − η·F″(x*)| < 1, so η < 2/F″(x*). Past that the iterates cycle, double their period, turn chaotic and escape.
      </p>
      <div class="layout" @plot-click=${this.#onClick} @plot-ready=${this.#onPlotReady}>
        <aside>
          <section class="card" aria-labelledby="map-formula-heading">
            <h2 id="map-formula-heading">Function</h2>
            <label>Example
              <select id="preset" @change=${this.#onPreset}>
                ${MAP_PRESETS.map((p) => html`<option value=${p.id} ?selected=${p.id === s.preset}>${p.label}</option>`)}
                <option value="custom" ?selected=${!preset}>Custom</option>
              </select>
            </label>
            <pf-formula-input .kind=${s.kind} .formula=${s.formula} .error=${this.error}></pf-formula-input>
            <label>Method
              <select id="method" @change=${this.#onMethod}>
                <option value="euler" ?selected=${s.method === 'euler'}>Euler (gradient descent)</option>
                <option value="rk4" ?selected=${s.method === 'rk4'}>RK4</option>
              </select>
            </label>
          </section>
          <section class="card" aria-labelledby="map-controls-heading">
            <h2 id="map-controls-heading">Step and start</h2>
            <pf-parameter-sliders .sliders=${this.#sliders}></pf-parameter-sliders>
            <pf-slider id="eta" label="step η" .min=${Math.max(MAP_LIMITS.eta.min, s.hMin)} .max=${s.hMax}
              .step=${(s.hMax - s.hMin) / 1000} .value=${s.eta}
              @slider-input=${(e: SliderInputEvent) => this.#number('eta', e)}></pf-slider>
            <pf-slider id="x0" label="start x0" .min=${s.xMin} .max=${s.xMax} .step=${(s.xMax - s.xMin) / 1000}
              .value=${s.x0} @slider-input=${(e: SliderInputEvent) => this.#number('x0', e)}></pf-slider>
            <pf-slider id="steps" label="cobweb steps" .min=${1} .max=${200} .step=${1} .value=${s.steps}
              @slider-input=${(e: SliderInputEvent) => this.#number('steps', e)}></pf-slider>
            <button id="reset-zoom" @click=${() => this.#send({ type: 'reset-zoom' })}>Reset the η range</button>
            ${preset ? html`<p class="note">${preset.hint}</p>` : null}
            <p class="note">Period doublings: ${doublings}.</p>
            ${d?.error ? html`<p class="error">${d.error}</p>` : null}
          </section>
        </aside>
        <main class="panels">
          <pf-plot-panel id="cobweb" heading="Cobweb" caption=${`The staircase from x0 between y = Φ_η(x) and y = x. ${this.#note}`}
            filename="phaseflow-cobweb" .spec=${this.#cobweb}></pf-plot-panel>
          <pf-plot-panel id="diagram" heading="Orbit diagram"
            caption=${`Where the iterates settle for each η in [${s.hMin}, ${s.hMax}] (1000 steps × 200 iterates after 500), the η where each equilibrium attracts shaded, period doublings dotted, the Lyapunov exponent below. Drag to zoom (recomputed), click to set η.`}
            filename="phaseflow-orbit-diagram" .spec=${this.#diagramSpec}></pf-plot-panel>
        </main>
      </div>
    `;
  }

  #request(): void {
    const s = this.state;
    const request: DiagramRequest = {
      kind: s.kind,
      formula: s.formula,
      direction: s.direction,
      params: { ...s.params },
      method: s.method,
      hMin: s.hMin,
      hMax: s.hMax,
      x0: s.x0,
      xMin: s.xMin,
      xMax: s.xMax,
      ...DIAGRAM_SIZE,
    };
    const key = JSON.stringify(request);
    if (key === this.#requestKey) return;
    this.#requestKey = key;
    const id = ++this.#latestId;
    this.diagramRequests++;
    if (typeof Worker === 'undefined') {
      // No workers (a Node DOM in tests): the same pure function, after this update.
      queueMicrotask(() => {
        if (id === this.#latestId) this.diagram = computeDiagram(request);
      });
      return;
    }
    this.#worker ??= this.#startWorker();
    this.#worker.postMessage({ id, request });
  }

  #startWorker(): Worker {
    const worker = new Worker(new URL('./map.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result: DiagramResult }>) => {
      if (event.data.id === this.#latestId) this.diagram = event.data.result;
    };
    return worker;
  }

  #send(action: MapAction, commit = true): void {
    this.dispatchEvent(actionEvent(action, commit));
  }

  #number(field: 'eta' | 'x0' | 'steps', event: SliderInputEvent): void {
    this.#send({ type: 'number', field, value: event.detail.value }, event.detail.commit);
  }

  #onPreset = (event: Event): void => {
    this.#send({ type: 'preset', id: (event.target as HTMLSelectElement).value });
  };

  #onMethod = (event: Event): void => {
    this.#send({ type: 'method', method: (event.target as HTMLSelectElement).value as MapMethod });
  };

  #onClick = (event: PlotClickEvent): void => {
    const panel = event.composedPath().find((n) => (n as HTMLElement).id === 'diagram');
    if (panel) this.#send({ type: 'number', field: 'eta', value: event.detail.x });
  };

  /**
   * Drag-to-zoom: plotly reports a zoom box as a relayout of the x range. The plot wrapper does not forward that
   * event, so the diagram's graph is listened to directly once it is drawn; the new range goes to the state (and
   * the URL), and the worker recomputes the diagram there at full resolution.
   */
  #onPlotReady = (event: Event): void => {
    const panel = event.composedPath().find((n) => (n as HTMLElement).id === 'diagram') as
      | HTMLElement
      | undefined;
    const plot = panel?.shadowRoot?.querySelector('pf-plot') as {
      graph?: { on?: (name: string, f: (e: Record<string, unknown>) => void) => void };
    } | null;
    const graph = plot?.graph;
    // plot-ready follows each newPlot (a purge on leaving the page drops plotly's listeners), so bind every time.
    if (!graph?.on) return;
    graph.on('plotly_relayout', (e) => {
      const lo = e['xaxis.range[0]'];
      const hi = e['xaxis.range[1]'];
      if (typeof lo === 'number' && typeof hi === 'number')
        this.#send({ type: 'zoom', hMin: Math.max(0, lo), hMax: hi });
      else if (e['xaxis.autorange'] === true) this.#send({ type: 'reset-zoom' });
    });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-map-view': PfMapView;
  }
}
