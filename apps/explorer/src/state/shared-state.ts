import { type ParameterBounds, readBounds, writeBounds } from './parameter-bounds.ts';

/** What the formula box defines: a 1-D ODE x′ = f(x), or a potential F(x) to climb or descend. */
export type FormulaKind = 'ode' | 'potential';

/** Which way the iterates go on F: `ascent` is x_{k+1} = x_k + η F′(x_k), `descent` subtracts. */
export type Direction = 'ascent' | 'descent';

/** Values of the formula's named parameters (a, b, …), by name; travels in the URL as `par.<name>=`. */
export type FormulaParameters = Readonly<Record<string, number>>;

/**
 * The fields every view shares: switching views carries them over, and the URL always holds them (under the names
 * in `SHARED_PARAMS`). A view's state is `SharedState` plus its own fields (see `views/README.md`).
 */
export interface SharedState {
  /** The example the formula came from, or `custom`; each view reads the ids it knows. */
  readonly preset: string;
  readonly kind: FormulaKind;
  /** The formula text as typed; the formula package parses it (never eval). */
  readonly formula: string;
  readonly direction: Direction;
  /** The starting point of the iterates and of the emphasised solution. */
  readonly x0: number;
  /** The learning rate η, which is also Euler's step h. */
  readonly eta: number;
  /** Values of the formula's parameters, by name. */
  readonly params: FormulaParameters;
  /**
   * The slider ranges the user chose (`parmin.<name>`, `parmax.<name>` in the URL); a parameter not named here has
   * its formula's default range. Optional so a view may leave it out; the line, map and plane views always set it.
   */
  readonly paramBounds?: ParameterBounds;
}

/** The query parameter of each shared field (`params` and `paramBounds` travel as `par.<name>`, `parmin.<name>`, `parmax.<name>`). */
export const SHARED_PARAMS = {
  preset: 'p',
  kind: 'kind',
  formula: 'f',
  direction: 'dir',
  x0: 'x0',
  eta: 'eta',
} as const satisfies Record<Exclude<keyof SharedState, 'params' | 'paramBounds'>, string>;

/** The query parameter naming the active view; absent means the default view (`line`). */
export const VIEW_PARAM = 'view';

/** Every formula parameter is written `par.<name>=<value>`; no view field may start with it. */
export const PARAM_PREFIX = 'par.';

export const FORMULA_KINDS: readonly FormulaKind[] = ['ode', 'potential'];
export const DIRECTIONS: readonly Direction[] = ['ascent', 'descent'];

/** The shared fields' names, in the order the URL writes them. */
export const SHARED_KEYS = [
  ...Object.keys(SHARED_PARAMS),
  'params',
  'paramBounds',
] as readonly (keyof SharedState)[];

/** No parameters: one frozen object, so that states without parameters compare equal by identity. */
export const NO_PARAMS: FormulaParameters = Object.freeze({});

/** A parameter name as the URL may carry it: an identifier of letters, digits and `_`, not starting with a digit. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;
/** At most this many parameters travel in a link. */
export const MAX_PARAMS = 16;

/**
 * Reads a number as a shared link writes it: only plain numerals count (`Number('')` is 0 and `Number(' 1 ')` is
 * 1, but a link should say what it means); anything else is NaN.
 *
 * @example
 * ```ts
 * readNumber('1e-3'); // 0.001
 * readNumber('');     // NaN
 * ```
 */
export function readNumber(text: string): number {
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
}

/**
 * The shared fields a query string holds, unparsed beyond numbers: a missing field is absent, an unreadable
 * number is NaN (the view's normalization replaces both). `par.<name>` entries become `params`, and
 * `parmin.<name>` with `parmax.<name>` become `paramBounds`.
 *
 * @example
 * ```ts
 * readShared(new URLSearchParams('p=square&eta=0.3&par.a=2'));
 * // { preset: 'square', eta: 0.3, params: { a: 2 } }
 * ```
 */
export function readShared(params: URLSearchParams): Partial<Record<keyof SharedState, unknown>> {
  const out: Partial<Record<keyof SharedState, unknown>> = {};
  for (const [field, name] of Object.entries(SHARED_PARAMS) as [keyof typeof SHARED_PARAMS, string][]) {
    const text = params.get(name);
    if (text === null) continue;
    out[field] = field === 'x0' || field === 'eta' ? readNumber(text) : text;
  }
  // No prototype: a parameter named `__proto__` or `constructor` is just a name.
  const values: Record<string, number> = Object.create(null);
  let any = false;
  for (const [name, text] of params) {
    if (!name.startsWith(PARAM_PREFIX)) continue;
    values[name.slice(PARAM_PREFIX.length)] = readNumber(text);
    any = true;
  }
  if (any) out.params = values;
  const bounds = readBounds(params, readNumber);
  if (bounds !== undefined) out.paramBounds = bounds;
  return out;
}

/**
 * Writes the shared fields, then the parameters as `par.<name>` in name order, then the chosen slider ranges. Numbers use `String(n)`, the
 * shortest text that reads back as the same double.
 */
export function writeShared(state: SharedState, params: URLSearchParams): void {
  for (const [field, name] of Object.entries(SHARED_PARAMS) as [keyof typeof SHARED_PARAMS, string][]) {
    params.set(name, String(state[field]));
  }
  for (const name of Object.keys(state.params).sort()) {
    params.set(`${PARAM_PREFIX}${name}`, String(state.params[name]));
  }
  if (state.paramBounds !== undefined) writeBounds(state.paramBounds, params);
}

/**
 * The parameters brought inside the rules (valid names, finite values, at most MAX_PARAMS, in name order), returning `previous`
 * itself when the result equals it, and NO_PARAMS when there are none, so unchanged parameters keep their identity.
 */
export function normalizeParams(candidate: unknown, previous: FormulaParameters): FormulaParameters {
  if (candidate === previous) return previous;
  if (typeof candidate !== 'object' || candidate === null) return previous;
  const out: Record<string, number> = Object.create(null);
  let count = 0;
  // In name order, as the URL writes them, so a state and the state its link reads back list them alike.
  const entries = Object.entries(candidate as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [name, value] of entries) {
    if (count >= MAX_PARAMS) break;
    if (!PARAM_NAME.test(name) || typeof value !== 'number' || !Number.isFinite(value)) continue;
    out[name] = value + 0;
    count++;
  }
  if (count === 0) return NO_PARAMS;
  return sameParams(out, previous) ? previous : Object.freeze(out);
}

/** True when two parameter sets hold the same names with the same values. */
export function sameParams(a: FormulaParameters, b: FormulaParameters): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && Object.is(a[k], b[k]));
}

/**
 * The shared fields of any view's state (a new object holding only them).
 *
 * @example
 * ```ts
 * pickShared({ ...DEFAULT_STATE, steps: 40 }); // no `steps`: only preset, kind, formula, direction, x0, eta, params
 * ```
 */
export function pickShared(state: SharedState): SharedState {
  const { preset, kind, formula, direction, x0, eta, params, paramBounds } = state;
  const shared = { preset, kind, formula, direction, x0, eta, params };
  return paramBounds === undefined ? shared : { ...shared, paramBounds };
}
