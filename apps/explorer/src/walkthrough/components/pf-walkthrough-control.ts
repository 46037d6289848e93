import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** Sent when the reader moves the slider to another value. */
export type ControlChangeEvent = CustomEvent<{ value: number }>;

/**
 * A labelled slider over a fixed list of values (the step's control). It only shows what it is given and sends
 * `control-change` with the newly chosen value; the root decides what happens.
 *
 * @example
 * ```ts
 * html`<pf-walkthrough-control label="step size h" .values=${[1, 0.5]} .value=${1}></pf-walkthrough-control>`
 * ```
 */
@customElement('pf-walkthrough-control')
export class PfWalkthroughControl extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.8rem;
    }
    label {
      font-weight: 600;
    }
    input {
      flex: 1 1 12rem;
      min-width: 10rem;
      accent-color: #d9822b;
    }
    output {
      min-width: 5rem;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
  `;

  @property() accessor label = '';
  @property({ attribute: false }) accessor values: readonly number[] = [];
  @property({ type: Number }) accessor value = 0;
  /** How a value reads beside the slider and to assistive technology. */
  @property({ attribute: false }) accessor format: (value: number) => string = String;

  override render() {
    const index = Math.max(0, this.values.indexOf(this.value));
    const text = this.format(this.value);
    return html`
      <label for="slider">${this.label}</label>
      <input
        id="slider"
        type="range"
        min="0"
        max=${Math.max(0, this.values.length - 1)}
        step="1"
        .value=${String(index)}
        aria-valuetext=${text}
        @input=${this.#onInput}
      />
      <output for="slider" aria-hidden="true">${text}</output>
    `;
  }

  #onInput(event: Event): void {
    const value = this.values[Number((event.target as HTMLInputElement).value)];
    if (value === undefined) return;
    this.dispatchEvent(
      new CustomEvent('control-change', {
        detail: { value },
        bubbles: true,
        composed: true,
      }) as ControlChangeEvent,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-walkthrough-control': PfWalkthroughControl;
  }
  interface HTMLElementEventMap {
    'control-change': ControlChangeEvent;
  }
}
