import katex from 'katex';
import katexStyles from 'katex/dist/katex.min.css?inline';
import { css, html, LitElement, type PropertyValues, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * A display equation typeset by KaTeX from its TeX source. KaTeX's rules are adopted into the shadow root; its
 * fonts are declared by the page (walkthrough/main.ts imports katex.min.css), because @font-face rules inside a
 * shadow root are ignored.
 *
 * @example
 * ```ts
 * html`<pf-walkthrough-equation tex="x' = x"></pf-walkthrough-equation>` // renders a .katex-display
 * ```
 */
@customElement('pf-walkthrough-equation')
export class PfWalkthroughEquation extends LitElement {
  static override styles = [
    unsafeCSS(katexStyles),
    css`
      :host {
        display: block;
        overflow-x: auto;
        overflow-y: hidden;
        font-size: 1.05rem;
      }
      .katex-display {
        margin: 0.6em 0;
      }
    `,
  ];

  /** The TeX source, typeset in display mode. */
  @property() accessor tex = '';

  #markup = '';

  override willUpdate(changed: PropertyValues<this>): void {
    // The source is our own data, tested in strict mode; a slip shows as red source text rather than a thrown error.
    if (changed.has('tex')) {
      this.#markup = katex.renderToString(this.tex, {
        displayMode: true,
        throwOnError: false,
        output: 'htmlAndMathml',
      });
    }
  }

  override render() {
    return html`${unsafeHTML(this.#markup)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-walkthrough-equation': PfWalkthroughEquation;
  }
}
