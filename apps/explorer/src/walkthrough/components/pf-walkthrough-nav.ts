import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { hashOfStep } from '../step-hash.ts';

/** Sent when the reader asks for another step with the previous or next button. */
export type StepChangeEvent = CustomEvent<{ index: number }>;

/**
 * The walkthrough's navigation: previous and next buttons, where the reader is, and a link to every step (the
 * links change the URL fragment, which the root follows).
 *
 * @example
 * ```ts
 * html`<pf-walkthrough-nav .titles=${['One', 'Two']} .index=${0}></pf-walkthrough-nav>`
 * ```
 */
@customElement('pf-walkthrough-nav')
export class PfWalkthroughNav extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    button {
      font: inherit;
      padding: 0.35rem 0.9rem;
      border: 1px solid #1f6fb2;
      border-radius: 6px;
      background: #fff;
      color: #1f6fb2;
      cursor: pointer;
    }
    button:disabled {
      border-color: #c8ced6;
      color: #8a94a0;
      cursor: default;
    }
    button:focus-visible,
    a:focus-visible {
      outline: 3px solid #d9822b;
      outline-offset: 2px;
    }
    .where {
      font-variant-numeric: tabular-nums;
      color: #4a5565;
    }
    ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.35rem;
      list-style: none;
      margin: 0.6rem 0 0;
      padding: 0;
      font-size: 0.85rem;
    }
    a {
      display: inline-block;
      padding: 0.15rem 0.5rem;
      border-radius: 999px;
      color: #1d2430;
      text-decoration: none;
      background: #eef1f5;
    }
    a[aria-current='step'] {
      background: #1f6fb2;
      color: #fff;
    }
  `;

  @property({ attribute: false }) accessor titles: readonly string[] = [];
  @property({ type: Number }) accessor index = 0;

  override render() {
    const last = this.titles.length - 1;
    return html`
      <nav aria-label="Walkthrough steps">
        <div class="bar">
          <button type="button" class="previous" ?disabled=${this.index <= 0} @click=${() => this.#go(this.index - 1)}>
            ← Previous
          </button>
          <span class="where" aria-live="polite">Step ${this.index + 1} of ${this.titles.length}</span>
          <button type="button" class="next" ?disabled=${this.index >= last} @click=${() => this.#go(this.index + 1)}>
            Next →
          </button>
        </div>
        <ol>
          ${this.titles.map(
            (title, i) =>
              html`<li><a href=${hashOfStep(i)} aria-current=${i === this.index ? 'step' : 'false'}>${i + 1}. ${title}</a></li>`,
          )}
        </ol>
      </nav>
    `;
  }

  #go(index: number): void {
    this.dispatchEvent(
      new CustomEvent('step-change', { detail: { index }, bubbles: true, composed: true }) as StepChangeEvent,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-walkthrough-nav': PfWalkthroughNav;
  }
  interface HTMLElementEventMap {
    'step-change': StepChangeEvent;
  }
}
