/**
 * Text made safe to print on a terminal: every control character (C0 including ESC, newline and tab, DEL, C1)
 * and every bidirectional override or line separator is replaced by a visible escape (`\x1b`, `\u202e`), so no
 * formula, option or error message can move the cursor, recolour, reset the terminal or reorder what is shown.
 * Printable text, including non-ASCII letters and symbols, is untouched.
 *
 * @example
 * ```ts
 * terminalSafe('x # \u001bc'); // 'x # \\x1bc'
 * ```
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to escape
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * JSON text with the characters JSON.stringify leaves raw in strings (DEL, C1, bidi overrides, line separators)
 * escaped in JSON's own `\u` form, so the document parses to the same text; C0 (ESC included) JSON.stringify
 * escapes itself, and the layout's newlines stay.
 */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
