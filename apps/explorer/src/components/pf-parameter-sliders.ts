import { css, html, LitElement, noChange, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ParameterAction } from '../state/parameter-action.ts';
import { checkRange } from '../state/parameter-bounds.ts';
import { actionEvent } from './explorer-events.ts';
import { niceStep } from './nice-step.ts';
import type { ParameterSlider } from './parameter-sliders.ts';
import type { SliderInputEvent } from './pf-slider.ts';
import './pf-slider.ts';

/**
 * A slider for each formula parameter, with its range in two number boxes. Moving a slider sends `{ type: 'param' }`
 * (`commit` false while dragging); a usable range typed in the boxes sends `{ type: 'param-bounds' }`; an unusable
 * one (not numbers, lower ≥ upper, beyond ±10⁶) sends nothing and says why under the boxes, which keep the text
 * until it is fixed. Every view's `update` applies both actions with `applyParameterAction`. Renders nothing for a
 * formula without parameters.
 *
 * @example
 * ```ts
 * html`<pf-parameter-sliders .sliders=${parameterSliders(formula, state.params, state.paramBounds)}></pf-parameter-sliders>`
 * // moving K sends explorer-action { action: { type: 'param', name: 'K', value }, commit }
 * ```
 */
@customElement('pf-parameter-sliders')
export class PfParameterSliders extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    :host([hidden]) {
      display: none;
    }
    .parameter {
      display: grid;
      gap: 0.25rem;
      min-width: 0;
    }
    .range {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
      font-size: 0.8rem;
      color: #4a5463;
    }
    .range input {
      width: 5em;
      font: inherit;
    }
    .range input[aria-invalid='true'] {
      outline: 2px solid #b3261e;
    }
    p.error {
      margin: 0;
      font-size: 0.8rem;
      color: #b3261e;
    }
  `;

  /** One entry per parameter, with its value and range (see `parameterSliders`). */
  @property({ attribute: false }) accessor sliders: readonly ParameterSlider[] = [];
  /** Why the range last typed for a parameter was refused, by name (cleared by a usable range). */
  @state() private accessor errors: Readonly<Record<string, string>> = {};

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('sliders')) this.hidden = this.sliders.length === 0;
  }

  override render() {
    return this.sliders.map((p) => {
      const error = this.errors[p.name];
      // While a typed range is refused, the boxes keep the text the user is fixing; otherwise they show the state.
      const shown = (v: number) => (error === undefined ? live(String(v)) : noChange);
      return html`<div class="parameter" data-parameter=${p.name}>
        <pf-slider
          data-param=${p.name}
          label=${`parameter ${p.name}`}
          .min=${p.min}
          .max=${p.max}
          .step=${niceStep((p.max - p.min) / 400)}
          .value=${p.value}
          @slider-input=${(e: SliderInputEvent) => this.#send({ type: 'param', name: p.name, value: e.detail.value }, e.detail.commit)}
        ></pf-slider>
        <div class="range">
          <label for=${`min-${p.name}`}>${p.name} from</label>
          <input
            id=${`min-${p.name}`}
            data-bound="min"
            type="number"
            step="any"
            aria-invalid=${error === undefined ? 'false' : 'true'}
            .value=${shown(p.min)}
            @change=${() => this.#onRange(p.name)}
          />
          <label for=${`max-${p.name}`}>to</label>
          <input
            id=${`max-${p.name}`}
            data-bound="max"
            type="number"
            step="any"
            aria-invalid=${error === undefined ? 'false' : 'true'}
            .value=${shown(p.max)}
            @change=${() => this.#onRange(p.name)}
          />
        </div>
        ${error === undefined ? null : html`<p class="error" role="alert">Range of ${p.name} not changed: ${error}.</p>`}
      </div>`;
    });
  }

  #onRange(name: string): void {
    const box = (bound: string) =>
      this.renderRoot.querySelector<HTMLInputElement>(
        `[data-parameter="${name}"] input[data-bound="${bound}"]`,
      );
    const min = box('min');
    const max = box('max');
    if (!min || !max) return;
    // valueAsNumber is NaN for an empty or unreadable box.
    const checked = checkRange(min.valueAsNumber, max.valueAsNumber);
    const { [name]: _, ...others } = this.errors;
    if (checked.error !== undefined) {
      this.errors = { ...others, [name]: checked.error };
      return;
    }
    this.errors = others;
    this.#send({ type: 'param-bounds', name, ...checked.range }, true);
  }

  #send(action: ParameterAction, commit: boolean): void {
    this.dispatchEvent(actionEvent(action, commit));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-parameter-sliders': PfParameterSliders;
  }
}
