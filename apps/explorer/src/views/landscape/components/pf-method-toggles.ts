import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { actionEvent } from '../../../components/explorer-events.ts';
import type { LandscapeAction } from '../state/landscape-state.ts';
import { METHOD_BITS, METHOD_IDS, type MethodId } from '../state/presets.ts';
import { METHOD_STYLES } from '../traces/method-styles.ts';

/**
 * One checkbox per run, each with its colour and marker glyph (the plot's key): sends `{ type: 'toggle' }`. SGD is
 * offered only where the loss is a finite sum (the regression).
 *
 * @example
 * ```ts
 * html`<pf-method-toggles .methods=${3} .sgd=${true}></pf-method-toggles>` // flow and GD ticked
 * ```
 */
@customElement('pf-method-toggles')
export class PfMethodToggles extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 0.2rem;
      font-size: 0.85rem;
    }
    label {
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
    .glyph {
      font-weight: 700;
      width: 1.2em;
      text-align: center;
    }
    .off {
      color: #6b7480;
    }
  `;

  /** The method bits of the state. */
  @property({ type: Number }) accessor methods = 0;
  /** Whether SGD can run (the loss is the regression's finite sum). */
  @property({ type: Boolean }) accessor sgd = false;

  override render() {
    return METHOD_IDS.filter((id) => id !== 'sgd' || this.sgd).map((id) => {
      const style = METHOD_STYLES[id];
      const on = (this.methods & METHOD_BITS[id]) !== 0;
      return html`<label class=${on ? '' : 'off'}>
        <input type="checkbox" id=${`toggle-${id}`} .checked=${live(on)} @change=${(e: Event) => this.#toggle(id, e)} />
        <span class="glyph" style=${`color: ${style.color}`} aria-hidden="true">${style.glyph}</span>${style.label}
      </label>`;
    });
  }

  #toggle(method: MethodId, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(actionEvent<LandscapeAction>({ type: 'toggle', method, on }, true));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-method-toggles': PfMethodToggles;
  }
}
