import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { actionEvent } from '../../../components/explorer-events.ts';
import { niceStep } from '../../../components/nice-step.ts';
import type { ParameterSlider } from '../../../components/parameter-sliders.ts';
import type { SliderInputEvent } from '../../../components/pf-slider.ts';
import {
  DIRECTIONS,
  type Direction,
  LIMITS,
  type LineState,
  REFERENCE_METHODS,
  type ReferenceMethod,
} from '../state/line-state.ts';
import { PRESETS, presetById } from '../state/presets.ts';
import type { NumericField } from '../state/update-state.ts';
import '../../../components/pf-parameter-sliders.ts';
import '../../../components/pf-slider.ts';

const CUSTOM_ETA_RANGE = [0.005, 5] as const;
const METHOD_LABELS: Record<ReferenceMethod, string> = {
  rk4: 'RK4 (order 4)',
  dopri5: 'Dormand–Prince 5(4), adaptive',
  heun: 'Heun (order 2)',
  midpoint: 'midpoint (order 2)',
  euler: 'Euler (order 1)',
  rodas4: 'Rosenbrock RODAS 4(3), stiff, adaptive',
  'backward-euler': 'backward Euler (implicit, order 1)',
};

/**
 * The parameter controls: preset, η (= h), x0, steps, decay, momentum β, ascent or descent, the x window and the
 * method of the reference curves. It renders the state it is given and sends `explorer-action` events; it holds no state.
 *
 * @example
 * ```ts
 * html`<pf-controls .state=${state}></pf-controls>` // moving η sends { type: 'number', field: 'eta', value }
 * ```
 */
@customElement('pf-controls')
export class PfControls extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    :host > * {
      min-width: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    label,
    legend {
      font-size: 0.85rem;
    }
    select {
      font: inherit;
      padding: 0.2rem;
      max-width: 100%;
      min-width: 0;
    }
    input.window {
      width: 4.5em;
      font: inherit;
    }
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      display: flex;
      gap: 0.75rem;
      align-items: center;
    }
    p.hint {
      margin: 0;
      font-size: 0.85rem;
      color: #4a5463;
    }
  `;

  @property({ attribute: false }) accessor state!: LineState;
  /** A slider for each parameter of the formula (from the model). */
  @property({ attribute: false }) accessor parameters: readonly ParameterSlider[] = [];
  /** For x′ = f(x, t): the controls of the gradient iterates and of the reference method are left out. */
  @property({ type: Boolean }) accessor timeDependent = false;

  override render() {
    const s = this.state;
    const preset = presetById(s.preset);
    const [etaMin, etaMax] = preset?.etaRange ?? CUSTOM_ETA_RANGE;
    // Each control shows the state through live(): it compares with the control's current value, not the last
    // rendered one, so a control the user moved (a select, a radio, a box) always returns to the state in force
    // after back, forward or a preset. The options' ?selected covers the first render, before the options exist.
    return html`
      <div class="row">
        <label for="preset">example</label>
        <select id="preset" .value=${live(s.preset)} @change=${this.#onPreset}>
          ${PRESETS.map((p) => html`<option value=${p.id} ?selected=${p.id === s.preset}>${p.label}</option>`)}
          <option value="custom" ?selected=${s.preset === 'custom'} disabled>your formula</option>
        </select>
      </div>
      ${preset ? html`<p class="hint">${preset.hint}</p>` : null}
      <pf-parameter-sliders .sliders=${this.parameters}></pf-parameter-sliders>
      ${this.#slider('eta', 'learning rate η (= Euler step h)', etaMin, Math.max(etaMax, s.eta), s.eta)}
      ${this.#slider('x0', 'starting point x0', s.xMin, s.xMax, s.x0)}
      ${this.#slider('steps', 'number of steps', LIMITS.steps.min, LIMITS.steps.max, s.steps, 1)}
      ${this.timeDependent ? null : this.#iterateControls(s)}
      <div class="row">
        <label for="x-min">x from</label>
        <input id="x-min" class="window" type="number" step="any" .value=${live(String(s.xMin))} @change=${this.#onWindow} />
        <label for="x-max">to</label>
        <input id="x-max" class="window" type="number" step="any" .value=${live(String(s.xMax))} @change=${this.#onWindow} />
      </div>
      ${
        this.timeDependent
          ? null
          : html`<div class="row">
        <label for="method">reference curves by</label>
        <select id="method" .value=${live(s.method)} @change=${this.#onMethod}>
          ${REFERENCE_METHODS.map((m) => html`<option value=${m} ?selected=${m === s.method}>${METHOD_LABELS[m]}</option>`)}
        </select>
      </div>`
      }
    `;
  }

  /** Decay, momentum and the direction: what only the gradient iterates use (a formula in t has none). */
  #iterateControls(s: LineState) {
    return html`
      ${this.#slider('decay', 'decay γ (η_k = η·γ^k)', LIMITS.decay.min, LIMITS.decay.max, s.decay, 0.005)}
      ${this.#slider('momentum', 'momentum β', LIMITS.momentum.min, LIMITS.momentum.max, s.momentum, 0.01)}
      <fieldset>
        <legend>direction</legend>
        ${DIRECTIONS.map(
          (d) => html`<label
            ><input
              type="radio"
              name="direction"
              value=${d}
              .checked=${live(d === s.direction)}
              @change=${() => this.#onDirection(d)}
            />${d === 'ascent' ? 'ascent (x′ = +F′)' : 'descent (x′ = −F′)'}</label
          >`,
        )}
      </fieldset>
    `;
  }

  #slider(field: NumericField, label: string, min: number, max: number, value: number, step?: number) {
    const resolution = step ?? niceStep((max - min) / 400);
    // A range input's values are min + k·step: a min on the step grid lets it reach round values (η = 0.5, 1, 2).
    const onGrid = Math.min(Number((Math.ceil(min / resolution - 1e-9) * resolution).toPrecision(12)), max);
    return html`<pf-slider
      data-field=${field}
      label=${label}
      .min=${onGrid}
      .max=${max}
      .step=${resolution}
      .value=${value}
      @slider-input=${(e: SliderInputEvent) =>
        this.dispatchEvent(actionEvent({ type: 'number', field, value: e.detail.value }, e.detail.commit))}
    ></pf-slider>`;
  }

  #onPreset(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const preset = presetById(id);
    if (preset) this.dispatchEvent(actionEvent({ type: 'preset', preset: preset.id }, true));
  }

  #onWindow(event: Event): void {
    const input = event.target as HTMLInputElement;
    const field = input.id === 'x-min' ? 'xMin' : 'xMax';
    const value = input.valueAsNumber;
    if (Number.isFinite(value)) this.dispatchEvent(actionEvent({ type: 'number', field, value }, true));
    // An empty or reversed window is refused by updateState, which then changes nothing: render again anyway, so
    // that live() puts the value in force back into the box.
    this.requestUpdate();
  }

  #onDirection(direction: Direction): void {
    this.dispatchEvent(actionEvent({ type: 'direction', direction }, true));
  }

  #onMethod(event: Event): void {
    const method = (event.target as HTMLSelectElement).value as ReferenceMethod;
    this.dispatchEvent(actionEvent({ type: 'method', method }, true));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-controls': PfControls;
  }
}
