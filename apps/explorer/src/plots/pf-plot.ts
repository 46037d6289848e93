import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Data, Layout, PlotlyHTMLElement } from 'plotly.js-dist-min';
import { adoptPlotlyStyles } from './adopt-plotly-styles.ts';
import { loadPlotly, type Plotly } from './load-plotly.ts';
import { PHONE_PLOT_CONFIG, PHONE_QUERY, PLOT_CONFIG } from './plot-config.ts';
import { guardTraces } from './plot-guard.ts';
import { nextFrame, ownTask } from './yield-to-browser.ts';

/** The PNG and SVG exports: twice the on-screen resolution, with a title (the equation) above the plot. */
export const EXPORT_SCALE = 2;

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
    @media (max-width: 600px), (hover: none) and (pointer: coarse) {
      /* With drag-zoom off on phones, a vertical swipe over a plot scrolls the page. */
      .plot,
      .plot .nsewdrag,
      .plot .drag {
        touch-action: pan-y !important;
      }
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
  #draws = 0;
  #lastDrawMs = 0;

  /** The element plotly draws into, once rendered. */
  get graph(): PlotlyHTMLElement | null {
    return this.renderRoot.querySelector('.plot') as PlotlyHTMLElement | null;
  }

  override render() {
    // A figure, not an image: it holds plotly's buttons, which an image may not contain.
    return html`<div class="plot" role="figure" aria-label=${this.label}></div>`;
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
   * Saves the plot as an image file (the browser's download, named `filename.png` or `filename.svg`): the drawn
   * figure at its on-screen size and EXPORT_SCALE times the resolution, with `title` written above it.
   */
  exportImage(format: 'png' | 'svg', filename: string, title = ''): Promise<void> {
    const run = this.#queue.then(async () => {
      const graph = this.graph as (PlotlyHTMLElement & { layout?: Partial<Layout> }) | null;
      if (!this.#plotly || !graph || !this.#drawn) throw new Error('the plot is not drawn yet');
      const drawn = graph.layout ?? this.layout;
      const margin = { ...(drawn.margin ?? {}), t: title ? 44 : (drawn.margin?.t ?? 12) };
      const figure = {
        data: graph.data,
        layout: {
          ...drawn,
          margin,
          paper_bgcolor: '#ffffff',
          ...(title ? { title: { text: title, x: 0.02, xanchor: 'left' as const, font: { size: 14 } } } : {}),
        },
      };
      const width = graph.clientWidth;
      const height = graph.clientHeight + (title ? margin.t - (drawn.margin?.t ?? 12) : 0);
      const url = await this.#plotly.toImage(figure as never, { format, width, height, scale: EXPORT_SCALE });
      const link = document.createElement('a');
      link.href = url;
      link.download = `${filename}.${format}`;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
    });
    this.#queue = run.catch((error: unknown) => this.#report(error));
    return run;
  }

  /** How many times plotly has drawn this plot, and the main-thread milliseconds of the last draw (benchmark). */
  get drawStats(): { count: number; lastMs: number } {
    return { count: this.#draws, lastMs: this.#lastDrawMs };
  }

  /** Resolves when every plotly call requested so far has finished. */
  settled(): Promise<void> {
    return this.#queue;
  }

  #enqueue(): void {
    // Updates arriving faster than plotly draws collapse into one: the queued draw waits for the next frame and
    // reads the latest data then, so a burst of changes within a frame (a fast drag) costs one plotly call.
    if (this.#waiting) return;
    this.#waiting = true;
    this.#queue = this.#queue
      .then(nextFrame)
      // A task of its own for each plot's draw: the panels of a view redraw in the same frame, and one task running
      // all their plotly calls would hold the main thread for their sum (issue 14: no task over 50 ms).
      .then(ownTask)
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
    const phone = matchMedia(PHONE_QUERY).matches;
    const layout = { autosize: true, ...this.layout, ...(phone ? { dragmode: false as const } : {}) };
    const config = phone ? PHONE_PLOT_CONFIG : PLOT_CONFIG;
    // Nothing plotly cannot draw reaches it (non-finite values, or values far outside a fixed axis range).
    const data = guardTraces(this.data, layout);
    if (this.#drawn) {
      const started = performance.now();
      const done = this.#plotly.react(graph, data, layout, config);
      // plotly.react does its work synchronously; the promise only resolves later.
      this.#lastDrawMs = performance.now() - started;
      this.#draws++;
      await done;
      return;
    }
    await this.#plotly.newPlot(graph, data, layout, config);
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
