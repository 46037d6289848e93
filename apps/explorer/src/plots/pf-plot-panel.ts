import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PfPlot } from './pf-plot.ts';
import type { PlotSpec } from './plot-spec.ts';
import './pf-plot.ts';

/**
 * One panel: a heading, a sentence on what it shows, the plot, and buttons saving it as PNG or SVG. Extra
 * buttons (the iterates' CSV) go in the `actions` slot.
 *
 * @example
 * ```ts
 * html`<pf-plot-panel heading="Flow" filename="phaseflow-flow" .spec=${flowTraces(view, k)}></pf-plot-panel>`
 * ```
 */
@customElement('pf-plot-panel')
export class PfPlotPanel extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.3rem;
      background: #ffffff;
      border: 1px solid #dde2e8;
      border-radius: 8px;
      padding: 0.6rem 0.75rem;
      min-width: 0;
    }
    header {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    h2 {
      font-size: 1rem;
      margin: 0;
    }
    .caption {
      margin: 0;
      font-size: 0.8rem;
      color: #4a5463;
    }
    .actions {
      margin-left: auto;
      display: flex;
      gap: 0.3rem;
    }
    button,
    ::slotted(button) {
      font: inherit;
      font-size: 0.75rem;
      padding: 0.15rem 0.45rem;
      border: 1px solid #9aa3af;
      border-radius: 4px;
      background: #f6f7f9;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid #8e24aa;
      outline-offset: 1px;
    }
    pf-plot {
      height: 300px;
      min-height: 300px;
    }
    @media (max-width: 600px) {
      pf-plot {
        height: 240px;
        min-height: 240px;
      }
    }
  `;

  @property() accessor heading = '';
  @property() accessor caption = '';
  /** The title written above the exported image (the equation); the heading when empty. */
  @property() accessor exportTitle = '';
  /** The file name (without extension) the exports use. */
  @property() accessor filename = 'phaseflow';
  @property({ attribute: false }) accessor spec: PlotSpec = { data: [], layout: {} };

  override render() {
    return html`
      <header>
        <h2>${this.heading}</h2>
        <div class="actions">
          <button type="button" @click=${() => this.#export('png')} aria-label="save ${this.heading} as PNG">PNG</button>
          <button type="button" @click=${() => this.#export('svg')} aria-label="save ${this.heading} as SVG">SVG</button>
          <slot name="actions"></slot>
        </div>
      </header>
      <p class="caption">${this.caption}</p>
      <pf-plot .data=${this.spec.data} .layout=${this.spec.layout} label=${`${this.heading}: ${this.caption}`}></pf-plot>
    `;
  }

  /** The wrapped plot element. */
  get plot(): PfPlot | null {
    return this.renderRoot.querySelector('pf-plot');
  }

  #export(format: 'png' | 'svg'): void {
    // A failed export is reported by pf-plot as a `plot-error` event; nothing to add here.
    this.plot?.exportImage(format, this.filename, this.exportTitle || this.heading).catch(() => undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-plot-panel': PfPlotPanel;
  }
}
