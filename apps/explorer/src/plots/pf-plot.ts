import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Config, Data, Layout, PlotlyHTMLElement } from 'plotly.js-dist-min';
import { adoptPlotlyStyles } from './adopt-plotly-styles.ts';
import { loadPlotly, type Plotly } from './load-plotly.ts';

const CONFIG: Partial<Config> = { responsive: true, displaylogo: false, displayModeBar: 'hover' };

/**
 * A "dumb" plotly plot: it draws the traces and layout it is given, nothing more.
 *
 * Plotly loads lazily on first use; the plot is created with `newPlot` once, updated with `react` whenever `data`
 * or `layout` change, and `purge`d when the element leaves the document. Every plotly call goes through one
 * queue, so an update that arrives while plotly is still loading or drawing is applied after it, in order.
 * Fires `plot-ready` after the first draw.
 *
 * @example
 * ```ts
 * html`<pf-plot .data=${[{ x: [0, 1], y: [0, 1] }]} .layout=${{ title: { text: 'y = x' } }} label="y = x"></pf-plot>`
 * // draws one line from (0, 0) to (1, 1)
 * ```
 */
@customElement('pf-plot')
export class PfPlot extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 260px;
    }
    .plot {
      width: 100%;
      height: 100%;
      min-height: inherit;
    }
    @media (prefers-reduced-motion: reduce) {
      /* plotly fades its modebar and hover labels in and out; without motion they simply appear. */
      .plot * {
        transition: none !important;
      }
    }
  `;

  /** The plotly traces to draw. */
  @property({ attribute: false }) accessor data: Data[] = [];
  /** The plotly layout; width and height follow the element's box. */
  @property({ attribute: false }) accessor layout: Partial<Layout> = {};
  /** What the plot shows, for assistive technology. */
  @property() accessor label = '';

  #plotly: Plotly | undefined;
  #queue: Promise<void> = Promise.resolve();
  #drawn = false;
  #waiting = false;

  /** The element plotly draws into, once rendered. */
  get graph(): PlotlyHTMLElement | null {
    return this.renderRoot.querySelector('.plot') as PlotlyHTMLElement | null;
  }

  override render() {
    return html`<div class="plot" role="img" aria-label=${this.label}></div>`;
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.#drawn || changed.has('data') || changed.has('layout')) this.#enqueue();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a purge: draw afresh.
    if (this.hasUpdated && !this.#drawn) this.#enqueue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#queue = this.#queue.then(() => {
      const graph = this.graph;
      if (this.#plotly && graph && this.#drawn && !this.isConnected) {
        this.#plotly.purge(graph);
        this.#drawn = false;
      }
    });
  }

  /**
   * Saves the plot as an image file through plotly's `downloadImage` (the browser's download, named
   * `filename.png` or `filename.svg`).
   */
  exportImage(format: 'png' | 'svg', filename: string): Promise<void> {
    const run = this.#queue.then(async () => {
      const graph = this.graph;
      if (!this.#plotly || !graph || !this.#drawn) throw new Error('the plot is not drawn yet');
      await this.#plotly.downloadImage(graph, {
        format,
        filename,
        width: graph.clientWidth,
        height: graph.clientHeight,
      });
    });
    this.#queue = run.catch((error: unknown) => this.#report(error));
    return run;
  }

  /** Resolves when every plotly call requested so far has finished. */
  settled(): Promise<void> {
    return this.#queue;
  }

  #enqueue(): void {
    // Updates arriving faster than plotly draws collapse into one: the queued draw reads the latest data.
    if (this.#waiting) return;
    this.#waiting = true;
    this.#queue = this.#queue
      .then(() => {
        this.#waiting = false;
        return this.#draw();
      })
      .catch((error: unknown) => this.#report(error));
  }

  async #draw(): Promise<void> {
    const graph = this.graph;
    if (!graph || !this.isConnected) return;
    this.#plotly ??= await loadPlotly();
    const layout = { autosize: true, ...this.layout };
    if (this.#drawn) {
      await this.#plotly.react(graph, this.data, layout, CONFIG);
      return;
    }
    await this.#plotly.newPlot(graph, this.data, layout, CONFIG);
    adoptPlotlyStyles(this.shadowRoot!);
    graph.on('plotly_hover', (event) => {
      const point = event.points[0];
      if (!point) return;
      const detail = { meta: String(point.data.meta ?? ''), pointIndex: point.pointIndex };
      this.dispatchEvent(new CustomEvent('plot-hover', { detail, bubbles: true, composed: true }));
    });
    graph.on('plotly_click', (event) => {
      const point = event.points[0];
      if (!point || typeof point.x !== 'number' || typeof point.y !== 'number') return;
      const detail = { meta: String(point.data.meta ?? ''), x: point.x, y: point.y };
      this.dispatchEvent(new CustomEvent('plot-click', { detail, bubbles: true, composed: true }));
    });
    this.#drawn = true;
    this.dispatchEvent(new CustomEvent('plot-ready', { bubbles: true, composed: true }));
  }

  #report(error: unknown): void {
    // A drawing failure must not reject the queue forever; it is surfaced as an event the root can show.
    this.dispatchEvent(
      new CustomEvent('plot-error', {
        detail: { message: error instanceof Error ? error.message : String(error) },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

/** A point of a trace hovered: the trace's `meta` tag and the point's index in it. */
export type PlotHoverEvent = CustomEvent<{ meta: string; pointIndex: number }>;

/** A point of a trace clicked: the trace's `meta` tag and the point's coordinates. */
export type PlotClickEvent = CustomEvent<{ meta: string; x: number; y: number }>;

declare global {
  interface HTMLElementTagNameMap {
    'pf-plot': PfPlot;
  }
  interface HTMLElementEventMap {
    'plot-hover': PlotHoverEvent;
    'plot-click': PlotClickEvent;
  }
}
