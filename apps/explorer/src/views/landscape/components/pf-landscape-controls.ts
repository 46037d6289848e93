import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { actionEvent } from '../../../components/explorer-events.ts';
import type { SliderInputEvent } from '../../../components/pf-slider.ts';
import type { LandscapeView } from '../model/landscape-model.ts';
import {
  DEFAULT_LANDSCAPE_STATE,
  type LandscapeAction,
  type LandscapeState,
  type NumberField,
} from '../state/landscape-state.ts';
import { isRegression } from '../state/presets.ts';
import '../../../components/pf-parameter-sliders.ts';
import '../../../components/pf-slider.ts';

/**
 * The numbers of the runs: the shared parameter sliders of the loss (κ of the zigzag, with their range boxes), η
 * (up to 1.3 × 2/λmax at the minimum, so divergence is one drag away), steps, β, Adam's α, and SGD's batch and seed
 * on the regression. Each sends its action with `commit` false while dragging.
 *
 * @example
 * ```ts
 * html`<pf-landscape-controls .state=${state} .view=${view}></pf-landscape-controls>`
 * ```
 */
@customElement('pf-landscape-controls')
export class PfLandscapeControls extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 0.5rem;
      background: #ffffff;
      border: 1px solid #dde2e8;
      border-radius: 8px;
      padding: 0.75rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0;
    }
  `;

  @property({ attribute: false }) accessor state: LandscapeState = DEFAULT_LANDSCAPE_STATE;
  @property({ attribute: false }) accessor view: LandscapeView | undefined;

  override render() {
    const s = this.state;
    const at = this.view && this.view.mapPoint >= 0 ? this.view.readouts[this.view.mapPoint] : undefined;
    const etaMax = Math.max(at?.bound ? 1.3 * at.bound : 4 * s.lr, s.lr);
    const slider = (id: NumberField, label: string, min: number, max: number, step: number) =>
      html`<pf-slider id=${id} label=${label} .min=${min} .max=${max} .step=${step} .value=${s[id]}
        @slider-input=${(e: SliderInputEvent) => this.#number(id, e)}></pf-slider>`;
    return html`
      <h2>Steps</h2>
      <pf-parameter-sliders .sliders=${this.view?.parameters ?? []}></pf-parameter-sliders>
      ${slider('lr', 'learning rate η', etaMax / 1000, etaMax, etaMax / 1000)}
      ${slider('steps', 'iterations', 1, 2000, 1)}
      ${slider('beta', 'momentum β (heavy ball, Nesterov)', 0, 0.99, 0.01)}
      ${slider('adamLr', 'Adam step α', 0.001, 0.2, 0.001)}
      ${isRegression(s.loss) ? html`${slider('batch', 'SGD batch size', 1, 4, 1)}${slider('seed', 'SGD seed', 0, 100, 1)}` : null}
    `;
  }

  #number(field: NumberField, event: SliderInputEvent): void {
    this.dispatchEvent(
      actionEvent<LandscapeAction>({ type: 'number', field, value: event.detail.value }, event.detail.commit),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-landscape-controls': PfLandscapeControls;
  }
}
