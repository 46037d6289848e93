import { OUTPUT_FORMATS, type OutputFormat } from './output/render-report.ts';
import { UsageError } from './usage-error.ts';

type Rule = 'finite' | 'positive' | 'count';

/**
 * A number as people write it in decimal: `2`, `-0.5`, `.5`, `1e-3`. Not `""` (which `Number` reads as 0), hex
 * `0x10`, binary `0b11`, `Infinity` or `1_000`.
 */
export const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const RULE_TEXT: Record<Rule, string> = {
  finite: 'a finite number',
  positive: 'a positive number',
  count: 'a whole number ≥ 1',
};

/**
 * Reads a numeric option as given by the argument parser (a number, a string, or several when repeated: the last
 * wins), strictly: `0.1`, `-2`, `1e-3` are numbers; `abc`, `1,2`, `''`, `Infinity` are not.
 *
 * @example
 * ```ts
 * readNumber('--h', '0.05', 'positive');  // 0.05
 * readNumber('--h', '-1', 'positive');    // throws UsageError
 * ```
 */
export function readNumber(name: string, raw: unknown, rule: Rule, fallback?: number, max = 1e9): number {
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`missing \`${name}\`: give ${RULE_TEXT[rule]}`);
  }
  const text = String(value).trim();
  const number = DECIMAL.test(text) ? Number(text) : Number.NaN;
  const ok =
    Number.isFinite(number) &&
    (rule === 'finite' || number > 0) &&
    (rule !== 'count' || Number.isInteger(number));
  if (!ok) throw new UsageError(`\`${name}\` must be ${RULE_TEXT[rule]}, not \`${shorten(String(value))}\``);
  if (rule === 'count' && number > max) {
    throw new UsageError(`\`${name}\` must be at most ${max}, not \`${shorten(String(value))}\``);
  }
  return number;
}

/** Reads `a,b` with a < b (the option parser passes the text through untouched). */
export function readRange(name: string, raw: unknown, fallback: [number, number]): [number, number] {
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  if (value === undefined) return fallback;
  const parts = String(value).split(',');
  const numbers = parts.map((p) => (DECIMAL.test(p.trim()) ? Number(p) : Number.NaN));
  if (numbers.length !== 2 || !numbers.every(Number.isFinite) || !(numbers[0]! < numbers[1]!)) {
    throw new UsageError(
      `\`${name}\` must be two finite numbers a,b with a < b, not \`${shorten(String(value))}\``,
    );
  }
  return [numbers[0]!, numbers[1]!];
}

/** Reads one of a fixed set of words. */
export function readChoice<T extends string>(
  name: string,
  raw: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  if (value === undefined) return fallback;
  const text = String(value);
  if (!(choices as readonly string[]).includes(text)) {
    throw new UsageError(`\`${name}\` must be one of ${choices.join(', ')}, not \`${shorten(text)}\``);
  }
  return text as T;
}

/** Reads `--format`. */
export function readFormat(raw: unknown): OutputFormat {
  return readChoice('--format', raw, OUTPUT_FORMATS, 'table');
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
