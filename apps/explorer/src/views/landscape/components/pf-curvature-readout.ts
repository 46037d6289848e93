import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LandscapeView } from '../model/landscape-model.ts';
import { readoutLines } from '../model/readout-text.ts';

/**
 * The Hessian's story at the current point x0 and at each critical point: eigenvalues and directions, κ, the bound
 * η < 2/λmax, predicted beside measured rate, and the diverging (or escaping) direction, flagged.
 *
 * @example
 * ```ts
 * html`<pf-curvature-readout .view=${view} .eta=${0.01}></pf-curvature-readout>`
 * ```
 */
@customElement('pf-curvature-readout')
export class PfCurvatureReadout extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 0.5rem;
      font-size: 0.8rem;
    }
    section {
      border-left: 3px solid #a9b1bc;
      padding-left: 0.5rem;
    }
    section.flag {
      border-left-color: #b3261e;
    }
    p {
      margin: 0.1rem 0;
    }
    .flagged {
      color: #b3261e;
      font-weight: 600;
    }
    h3 {
      font-size: 0.85rem;
      margin: 0 0 0.15rem;
    }
  `;

  @property({ attribute: false }) accessor view: LandscapeView | undefined;
  @property({ type: Number }) accessor eta = 0;

  override render() {
    const view = this.view;
    if (!view) return null;
    const block = (title: string, id: string, lines: string[]) => {
      const flag = lines.some((l) => l.startsWith('DIVERGES'));
      return html`<section class=${flag ? 'flag' : ''} id=${id}>
        <h3>${title}</h3>
        ${lines.map((l) => html`<p class=${l.startsWith('DIVERGES') || l.startsWith('escape') ? 'flagged' : ''}>${l}</p>`)}
      </section>`;
    };
    return html`
      ${block('At x0 (the current point)', 'readout-current', readoutLines(view.current, null, this.eta, false))}
      ${view.readouts.map((r, i) => block(`Critical point ${i + 1}`, `readout-${i}`, readoutLines(r, view.measured[i] ?? null, this.eta)))}
      ${view.readouts.length === 0 ? html`<p>No critical point in the box.</p>` : null}
      ${view.critical.truncated ? html`<p>More critical points than shown (F may be flat along a curve).</p>` : null}
      ${view.critical.unresolved > 0 ? html`<p>${view.critical.unresolved} grid cells could not be settled.</p>` : null}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-curvature-readout': PfCurvatureReadout;
  }
}
