import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from './format-number.ts';

/** The detail of a `slider-input` event: the new value and whether the user let go (or pressed a key). */
export type SliderInputEvent = CustomEvent<{ value: number; commit: boolean }>;

/**
 * A labelled range input with its value shown beside it. Arrow keys move it by `step`; it sends
 * `slider-input` with `commit: false` while dragging and `commit: true` on each final change.
 *
 * @example
 * ```ts
 * html`<pf-slider label="learning rate η" .min=${0.01} .max=${3} .step=${0.01} .value=${0.5}></pf-slider>`
 * // renders a slider at 0.5 labelled "learning rate η" with "0.5" beside it
 * ```
 */
@customElement('pf-slider')
export class PfSlider extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: 1fr auto;
      grid-template-rows: auto auto;
      column-gap: 0.5rem;
      align-items: center;
    }
    label {
      font-size: 0.85rem;
    }
    output {
      font-variant-numeric: tabular-nums;
      font-size: 0.85rem;
      min-width: 4.5em;
      text-align: right;
    }
    input {
      grid-column: 1 / 3;
      width: 100%;
      accent-color: #1f5f99;
    }
    input:focus-visible {
      outline: 2px solid #8e24aa;
      outline-offset: 2px;
    }
  `;

  @property() accessor label = '';
  @property({ type: Number }) accessor min = 0;
  @property({ type: Number }) accessor max = 1;
  @property({ type: Number }) accessor step = 0.01;
  @property({ type: Number }) accessor value = 0;
  /** Digits shown in the read-out. */
  @property({ type: Number }) accessor digits = 4;

  override render() {
    return html`
      <label for="input">${this.label}</label>
      <output for="input">${formatNumber(this.value, this.digits)}</output>
      <input
        id="input"
        type="range"
        .min=${String(this.min)}
        .max=${String(this.max)}
        .step=${String(this.step)}
        .value=${live(String(this.value))}
        @input=${(e: Event) => this.#send(e, false)}
        @change=${(e: Event) => this.#send(e, true)}
      />
    `;
  }

  #send(event: Event, commit: boolean): void {
    const value = Number((event.target as HTMLInputElement).value);
    this.dispatchEvent(
      new CustomEvent('slider-input', { detail: { value, commit }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-slider': PfSlider;
  }
  interface HTMLElementEventMap {
    'slider-input': SliderInputEvent;
  }
}
