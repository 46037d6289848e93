import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { actionEvent } from '../../../components/explorer-events.ts';
import { formatNumber } from '../../../components/format-number.ts';
import type { IteratesView } from '../model/explorer-view.ts';
import '../../../components/pf-slider.ts';
import type { SliderInputEvent } from '../../../components/pf-slider.ts';

const STATUS_TEXT: Record<IteratesView['status'], string> = {
  converged: 'converged',
  'max-iterations': 'still moving after the last step',
  diverged: 'diverged',
  'non-finite': 'left the finite numbers',
};

/** The status in words, with its code when the words differ from it. */
function statusText(status: IteratesView['status']): string {
  const words = STATUS_TEXT[status];
  return words === status ? words : `${words} (${status})`;
}

/**
 * The readout of iterate k: k, x_k, F(x_k), F′(x_k) and why the run stopped, with a slider choosing k (the
 * keyboard way to do what hovering a point does).
 *
 * @example
 * ```ts
 * html`<pf-readout .iterates=${view.iterates} .k=${3}></pf-readout>` // "k = 3, x_3 = …"
 * ```
 */
@customElement('pf-readout')
export class PfReadout extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 0.4rem;
      font-size: 0.9rem;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.1rem 0.75rem;
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    dt {
      color: #4a5463;
    }
    dd {
      margin: 0;
    }
    .status {
      font-weight: 600;
    }
    .status.bad {
      color: #b71c1c;
    }
    .message {
      color: #4a5463;
      font-size: 0.8rem;
      margin: 0;
    }
  `;

  @property({ attribute: false }) accessor iterates: IteratesView | undefined;
  /** The iterate described. */
  @property({ type: Number }) accessor k = 0;

  override render() {
    const it = this.iterates;
    if (!it) return html`<p class="message">No iterates: fix the formula above.</p>`;
    const last = it.x.length - 1;
    const k = Math.min(this.k, last);
    const bad = it.status === 'diverged' || it.status === 'non-finite';
    return html`
      <pf-slider
        label="iterate k"
        .min=${0}
        .max=${Math.max(last, 1)}
        .step=${1}
        .value=${k}
        @slider-input=${(e: SliderInputEvent) =>
          this.dispatchEvent(
            actionEvent({ type: 'number', field: 'focus', value: e.detail.value }, e.detail.commit),
          )}
      ></pf-slider>
      <dl aria-live="polite">
        <dt>k</dt>
        <dd data-readout="k">${k}</dd>
        <dt>x<sub>k</sub></dt>
        <dd data-readout="x">${formatNumber(it.x[k]!, 8)}</dd>
        <dt>F(x<sub>k</sub>)</dt>
        <dd data-readout="F">${formatNumber(it.F[k]!, 8)}</dd>
        <dt>F′(x<sub>k</sub>)</dt>
        <dd data-readout="dF">${formatNumber(it.dF[k]!, 8)}</dd>
        <dt>status</dt>
        <dd class="status ${bad ? 'bad' : ''}" data-readout="status">${statusText(it.status)} after ${last} ${last === 1 ? 'step' : 'steps'}</dd>
      </dl>
      <p class="message">${it.message}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-readout': PfReadout;
  }
}
