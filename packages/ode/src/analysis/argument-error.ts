import { PhaseflowError } from '../errors.ts';

/**
 * Renders any value for an error message without ever throwing or walking a huge array: at most six elements are
 * read, each inside a try, and an object that cannot even be inspected (a revoked Proxy) reads as `[unreadable]`.
 * The analysis uses it instead of `describeValue`, which copies a whole array first (a `new Array(1e9)` would
 * exhaust memory) and lets a throwing getter escape.
 *
 * @example
 * ```ts
 * safeDescribe(new Array(1e9)); // '[array of length 1000000000: undefined, undefined, …]'
 * safeDescribe(-0);             // '-0'
 * ```
 */
export function safeDescribe(value: unknown): string {
  try {
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
    if (typeof value === 'string')
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') return 'a function';
    if (value === null || value === undefined || typeof value === 'boolean') return String(value);
    const length = (value as { length?: unknown }).length;
    if (typeof length === 'number') {
      if (!(Number.isInteger(length) && length >= 0)) return `[array-like of length ${safeDescribe(length)}]`;
      const items: string[] = [];
      for (let i = 0; i < Math.min(length, 6); i++) items.push(readItem(value, i));
      const more = length > 6 ? ', …' : '';
      return length > 6 ? `[array of length ${length}: ${items.join(', ')}${more}]` : `[${items.join(', ')}]`;
    }
    return Object.prototype.toString.call(value);
  } catch {
    return '[unreadable]';
  }
}

function readItem(value: object, i: number): string {
  try {
    const item = (value as Record<number, unknown>)[i];
    return typeof item === 'object' && item !== null ? '[…]' : safeDescribe(item);
  } catch {
    return '[unreadable]';
  }
}

/**
 * The standard bad-argument error (``invalid argument. `h` must be a positive finite number. Value: `-0.1`.``),
 * with the value rendered by {@link safeDescribe}.
 *
 * @example
 * ```ts
 * argumentError('x0', 'must be a finite number', Number.NaN).code; // 'ERR_INVALID_ARG'
 * ```
 */
export function argumentError(name: string, rule: string, value: unknown): PhaseflowError {
  return new PhaseflowError(
    'ERR_INVALID_ARG',
    `invalid argument. \`${name}\` ${rule}. Value: \`${safeDescribe(value)}\`.`,
  );
}

/** The guard of argument reading, shared with the rest of the package (see validate.ts). */
export { readArguments } from '../validate.ts';
