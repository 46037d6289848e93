/** A slider range the user chose for one parameter: `min < max`, both finite and within ±BOUND_LIMIT. */
export interface ParameterRange {
  readonly min: number;
  readonly max: number;
}

/** The ranges the user chose, by parameter name; a name absent here has the default range of its formula. */
export type ParameterBounds = Readonly<Record<string, ParameterRange>>;

/** No chosen ranges: one frozen object, so that states without them compare equal by identity. */
export const NO_BOUNDS: ParameterBounds = Object.freeze({});

/** A bound may not be larger than this in size (the formula's numbers stay readable and finite). */
export const BOUND_LIMIT = 1e6;

/** At most this many ranges travel in a link (as many as parameters). */
export const MAX_BOUNDS = 16;

/** Each chosen range is written `parmin.<name>=<min>&parmax.<name>=<max>`; no view field may start with these. */
export const BOUND_MIN_PREFIX = 'parmin.';
export const BOUND_MAX_PREFIX = 'parmax.';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

/**
 * Checks a range typed into a parameter's bound boxes: the range when it is usable, else the sentence that says
 * why not (the boxes show it and the state keeps its range).
 *
 * @example
 * ```ts
 * checkRange(0, 5);  // { range: { min: 0, max: 5 } }
 * checkRange(5, 2).error; // 'the lower bound must be less than the upper bound (5 ≥ 2)'
 * ```
 */
export function checkRange(
  min: number,
  max: number,
): { range: ParameterRange; error?: undefined } | { error: string } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { error: 'both bounds must be numbers' };
  if (Math.abs(min) > BOUND_LIMIT || Math.abs(max) > BOUND_LIMIT)
    return { error: `the bounds must lie within ±${BOUND_LIMIT.toExponential()}` };
  if (!(min < max)) return { error: `the lower bound must be less than the upper bound (${min} ≥ ${max})` };
  return { range: { min: min + 0, max: max + 0 } };
}

/**
 * The chosen ranges brought inside the rules (valid names, usable ranges, at most MAX_BOUNDS), returning `previous`
 * itself when the result equals it and NO_BOUNDS when there are none, so unchanged bounds keep their identity.
 *
 * @example
 * ```ts
 * normalizeBounds({ K: { min: 0, max: 5 }, r: { min: 3, max: 1 } }, NO_BOUNDS); // { K: { min: 0, max: 5 } }
 * ```
 */
export function normalizeBounds(candidate: unknown, previous: ParameterBounds): ParameterBounds {
  if (candidate === previous) return previous;
  if (typeof candidate !== 'object' || candidate === null) return previous;
  const out: Record<string, ParameterRange> = Object.create(null);
  let count = 0;
  const entries = Object.entries(candidate as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [name, range] of entries) {
    if (count >= MAX_BOUNDS) break;
    if (!NAME.test(name) || typeof range !== 'object' || range === null) continue;
    const { min, max } = range as { min?: unknown; max?: unknown };
    if (typeof min !== 'number' || typeof max !== 'number') continue;
    const checked = checkRange(min, max);
    if (checked.error !== undefined) continue;
    out[name] = Object.freeze(checked.range);
    count++;
  }
  if (count === 0) return NO_BOUNDS;
  return sameBounds(out, previous) ? previous : Object.freeze(out);
}

/** True when two sets of ranges hold the same names with the same bounds. */
export function sameBounds(a: ParameterBounds, b: ParameterBounds): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (k) => Object.hasOwn(b, k) && Object.is(a[k]!.min, b[k]!.min) && Object.is(a[k]!.max, b[k]!.max),
  );
}

/**
 * Reads the ranges of a query string: a name needs both `parmin.<name>` and `parmax.<name>`; a lone or unreadable
 * bound is left out (the state's normalization drops any range that is not usable).
 *
 * @example
 * ```ts
 * readBounds(new URLSearchParams('parmin.K=0&parmax.K=5'), Number); // { K: { min: 0, max: 5 } }
 * ```
 */
export function readBounds(
  params: URLSearchParams,
  readNumber: (text: string) => number,
): Record<string, { min: number; max: number }> | undefined {
  // No prototype: a parameter named `__proto__` is just a name.
  const out: Record<string, { min: number; max: number }> = Object.create(null);
  let any = false;
  for (const [key, text] of params) {
    if (!key.startsWith(BOUND_MIN_PREFIX)) continue;
    const name = key.slice(BOUND_MIN_PREFIX.length);
    const max = params.get(`${BOUND_MAX_PREFIX}${name}`);
    if (max === null) continue;
    out[name] = { min: readNumber(text), max: readNumber(max) };
    any = true;
  }
  return any ? out : undefined;
}

/** Writes each range as `parmin.<name>` and `parmax.<name>`, in name order. */
export function writeBounds(bounds: ParameterBounds, params: URLSearchParams): void {
  for (const name of Object.keys(bounds).sort()) {
    params.set(`${BOUND_MIN_PREFIX}${name}`, String(bounds[name]!.min));
    params.set(`${BOUND_MAX_PREFIX}${name}`, String(bounds[name]!.max));
  }
}
