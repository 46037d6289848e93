import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { FormulaKind } from '../state/shared-state.ts';
import { actionEvent } from './explorer-events.ts';

/**
 * The formula box: what the formula defines (an ODE's f(x) or a potential F(x)) and its text, with the error the
 * root found shown inline beside it (never a dialog, never the console). Typing sends `explorer-action` events.
 *
 * @example
 * ```ts
 * html`<pf-formula-input kind="ode" formula="x*(1-x" error="unbalanced parenthesis"></pf-formula-input>`
 * // the box marked invalid with the message under it
 * ```
 */
@customElement('pf-formula-input')
export class PfFormulaInput extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 0.35rem;
    }
    .row {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    label {
      font-size: 0.85rem;
    }
    input[type='text'] {
      flex: 1;
      min-width: 0;
      font: 0.95rem ui-monospace, 'DejaVu Sans Mono', monospace;
      padding: 0.3rem 0.4rem;
      border: 1px solid #9aa3af;
      border-radius: 4px;
    }
    input[aria-invalid='true'] {
      border-color: #c62828;
      background: #fff6f6;
    }
    select {
      font: inherit;
    }
    .error {
      color: #b71c1c;
      font-size: 0.85rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .note {
      color: #4a5463;
      font-size: 0.8rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .limited {
      color: #7a4100;
      font-size: 0.8rem;
      margin: 0;
    }
  `;

  @property() accessor kind: FormulaKind = 'ode';
  @property() accessor formula = '';
  /** The message to show, or empty when the formula is fine. */
  @property() accessor error = '';
  /** A short note on how F or F′ was obtained (symbolic, numeric). */
  @property() accessor note = '';
  /** Said when the view's computation stopped at a work budget (what it shows is resolution limited). */
  @property() accessor limited = '';

  override render() {
    const invalid = this.error !== '';
    return html`
      <div class="row">
        <label for="kind">the formula is</label>
        <select id="kind" .value=${live(this.kind)} @change=${this.#onKind}>
          <option value="ode" ?selected=${this.kind === 'ode'}>f(x) in x′ = f(x)</option>
          <option value="potential" ?selected=${this.kind === 'potential'}>a potential F(x)</option>
        </select>
      </div>
      <div class="row">
        <label for="formula">${this.kind === 'ode' ? 'f(x) =' : 'F(x) ='}</label>
        <input
          id="formula"
          type="text"
          spellcheck="false"
          autocomplete="off"
          .value=${live(this.formula)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="formula-message"
          @input=${(e: Event) => this.#send((e.target as HTMLInputElement).value, false)}
          @change=${(e: Event) => this.#send((e.target as HTMLInputElement).value, true)}
        />
      </div>
      <p id="formula-message" class=${invalid ? 'error' : 'note'} role=${invalid ? 'alert' : 'status'}>
        ${invalid ? this.error : this.note}
      </p>
      ${this.limited && !invalid ? html`<p class="limited" role="status">${this.limited}</p>` : null}
    `;
  }

  #onKind(event: Event): void {
    const kind = (event.target as HTMLSelectElement).value as FormulaKind;
    this.dispatchEvent(actionEvent({ type: 'formula', kind, formula: this.formula }, true));
  }

  #send(formula: string, commit: boolean): void {
    this.dispatchEvent(actionEvent({ type: 'formula', kind: this.kind, formula }, commit));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-formula-input': PfFormulaInput;
  }
}
