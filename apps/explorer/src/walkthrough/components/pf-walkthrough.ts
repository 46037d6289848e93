import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import '../../plots/pf-plot.ts';
import { explorerHref } from '../explorer-link.ts';
import type { StepView } from '../step.ts';
import { hashOfStep, stepFromHash } from '../step-hash.ts';
import { STEPS } from '../steps.ts';
import {
  goToStep,
  initialState,
  nextStep,
  previousStep,
  setControl,
  type WalkthroughState,
} from '../walkthrough-state.ts';
import './pf-walkthrough-control.ts';
import './pf-walkthrough-equation.ts';
import './pf-walkthrough-nav.ts';
import './pf-walkthrough-table.ts';
import { walkthroughStyles } from './walkthrough-styles.ts';

/**
 * The walkthrough's root: it owns the state (step and control values), follows the URL fragment (`#step-5`, so
 * deep links and back/forward work), answers ← and → and lays out the current step. The step's plot, readout and
 * table are computed when the state changes (in `willUpdate`), never in `render`.
 *
 * @example
 * ```ts
 * html`<pf-walkthrough></pf-walkthrough>` // opens on the step named by location.hash, or step 1
 * ```
 */
@customElement('pf-walkthrough')
export class PfWalkthrough extends LitElement {
  static override styles = walkthroughStyles;

  @state() private accessor current: WalkthroughState = initialState(
    STEPS,
    stepFromHash(location.hash, STEPS.length) ?? 0,
  );

  #view: StepView | undefined;
  readonly #views = new Map<string, StepView>();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('keydown', this.#onKeyDown);
  }

  override willUpdate(changed: PropertyValues): void {
    if (!changed.has('current') && this.#view !== undefined) return;
    const { index, values } = this.current;
    const key = `${index}:${values[index]}`;
    let view = this.#views.get(key);
    if (view === undefined) {
      view = STEPS[index]!.view(values[index]!);
      this.#views.set(key, view);
    }
    this.#view = view;
  }

  override updated(): void {
    document.title = `${this.current.index + 1}. ${STEPS[this.current.index]!.title} · phaseflow walkthrough`;
  }

  override render() {
    const { index, values } = this.current;
    const step = STEPS[index]!;
    const value = values[index]!;
    const view = this.#view!;
    return html`
      <header>
        <h1>Why gradient descent works</h1>
        <p>
          Eleven steps from the derivative to gradient descent and its step size, told through differential equations. Every number below is
          computed live by phaseflow. <a href="./">Open the explorer</a>
        </p>
      </header>
      <pf-walkthrough-nav
        .titles=${STEPS.map((s) => s.title)}
        .index=${index}
        @step-change=${(event: CustomEvent<{ index: number }>) => this.#navigate(event.detail.index)}
      ></pf-walkthrough-nav>
      <article data-step=${step.id} aria-labelledby="title">
        <div class="head">
          <h2 id="title" tabindex="-1">${index + 1}. ${step.title}</h2>
          <pf-walkthrough-equation tex=${step.equation}></pf-walkthrough-equation>
        </div>
        <div class="text">
          ${step.prose.map((paragraph) => html`<p>${paragraph}</p>`)}
          <p><a class="explorer" href=${explorerHref(step.explorer(value))}>Open this step in the explorer →</a></p>
        </div>
        <div class="live">
          <pf-walkthrough-control
            label=${step.control.label}
            .values=${step.control.values}
            .value=${value}
            .format=${step.control.format}
            @control-change=${(event: CustomEvent<{ value: number }>) => this.#setValue(event.detail.value)}
          ></pf-walkthrough-control>
          <p class="readout" aria-live="polite">${view.readout}</p>
          ${keyed(step.id, html`<pf-plot .data=${view.data} .layout=${view.layout} label=${view.plotLabel}></pf-plot>`)}
          <pf-walkthrough-table .table=${view.table}></pf-walkthrough-table>
        </div>
      </article>
    `;
  }

  #setValue(value: number): void {
    this.current = setControl(this.current, STEPS, value);
  }

  /** Shows step `index` and records it in the URL, so that back and forward retrace the reader's path. */
  #navigate(index: number): void {
    const next = goToStep(this.current, index);
    if (next === this.current) return;
    this.current = next;
    location.hash = hashOfStep(next.index);
  }

  readonly #onHashChange = (): void => {
    // Back to the page's first entry (no fragment) means the first step.
    const index = stepFromHash(location.hash, STEPS.length) ?? (location.hash === '' ? 0 : undefined);
    if (index !== undefined) this.current = goToStep(this.current, index);
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Arrow keys belong to the slider (and any other form field) while it has focus.
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.closest('input, select, textarea, [contenteditable="true"]'))
      return;
    if (event.key === 'ArrowRight') this.#navigate(nextStep(this.current).index);
    else if (event.key === 'ArrowLeft') this.#navigate(previousStep(this.current).index);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-walkthrough': PfWalkthrough;
  }
}
