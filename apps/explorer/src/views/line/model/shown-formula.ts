/** The longest formula text the view writes out (under the box, in captions and export titles). */
export const MAX_SHOWN_FORMULA = 240;

/**
 * A formula's text as the view shows it: whole when it is at most MAX_SHOWN_FORMULA characters, otherwise its
 * start and a note of its length. A derived F′ can run to thousands of characters (a 30-deep sin(sin(…)) gives
 * 2,442), which no one reads and which made the page lay out a wall of text under the formula box.
 *
 * @example
 * ```ts
 * shownFormula('2*x');                  // '2*x'
 * shownFormula('x+'.repeat(200) + 'x'); // 'x+x+…x+… (401 characters, shortened)'
 * ```
 */
export function shownFormula(text: string): string {
  if (text.length <= MAX_SHOWN_FORMULA) return text;
  return `${text.slice(0, MAX_SHOWN_FORMULA)}… (${text.length.toLocaleString('en')} characters, shortened)`;
}
