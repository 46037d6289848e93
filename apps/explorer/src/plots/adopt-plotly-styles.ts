/**
 * Gives a shadow root the CSS rules plotly inserted into `document.head`.
 *
 * Plotly adds its rules through the CSSOM to `<style id="plotly.js-style-…">` elements in the document head, which
 * do not reach shadow roots; without them the modebar loses `position: absolute` and pushes the plot out of its
 * box. Copying `textContent` is not enough because the rules were inserted with `insertRule`, so the rules are
 * copied one by one into a constructed sheet. Call it after the first `newPlot`, when the rules exist.
 *
 * @example
 * ```ts
 * await Plotly.newPlot(div, data, layout);
 * adoptPlotlyStyles(this.shadowRoot!); // the modebar now floats over the plot's top-right corner
 * ```
 */
export function adoptPlotlyStyles(root: ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  for (const style of document.querySelectorAll<HTMLStyleElement>('style[id^="plotly.js-style-"]')) {
    for (const rule of Array.from(style.sheet?.cssRules ?? [])) {
      sheet.insertRule(rule.cssText, sheet.cssRules.length);
    }
  }
  // Replace an earlier copy (marked by a symbol) rather than stacking copies on repeated calls.
  const others = root.adoptedStyleSheets.filter((s) => !(PLOTLY_SHEET in s));
  Object.defineProperty(sheet, PLOTLY_SHEET, { value: true });
  root.adoptedStyleSheets = [...others, sheet];
}

const PLOTLY_SHEET = Symbol('plotly-sheet');
