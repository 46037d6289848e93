import { FormulaError } from './formula-error.ts';

/**
 * The values of a formula's parameters (the `r` and `K` of r·x(1 − x/K)), shared by every function compiled from
 * the formula and from its derivatives and antiderivative. A slider move is one `set`: compiled functions read
 * the new value on their next call, nothing is re-parsed or recompiled, and caches that depend on the values
 * (the numeric antiderivative's cells) compare `version` and start afresh.
 */
export interface FormulaParameters {
  /** The parameter names, in the order the values are stored. */
  readonly names: readonly string[];
  /** Increases by one on every change of a value; caches keyed on it know when to start afresh. */
  readonly version: number;
  /** The value of `name`; `ERR_INVALID_ARG` for a name that is not a parameter. */
  get(name: string): number;
  /** Sets one value (a finite number); `ERR_INVALID_ARG` for an unknown name or a non-finite value. */
  set(name: string, value: number): void;
  /** Sets several values at once (one version step); every key must be a parameter. */
  assign(values: Readonly<Record<string, number>>): void;
  /** The current values as a plain object, in `names` order. */
  toObject(): Record<string, number>;
}

/** What the compiled closures read: the values array itself, and where each name sits in it. */
export interface ParameterStorage {
  readonly values: Float64Array;
  readonly index: ReadonlyMap<string, number>;
}

const STORAGE = new WeakMap<FormulaParameters, ParameterStorage>();

/** The value a parameter starts with when none is given (a slider's default). */
export const DEFAULT_PARAMETER_VALUE = 1;

/**
 * A store of parameter values for `names`, each starting at `values[name]` or 1. Give it to compileFormula,
 * deriveFormula, integrateFormula, compileSystem or compileLoss to make their functions share it.
 *
 * @example
 * ```ts
 * const p = formulaParameters(['r', 'K'], { r: 2 });
 * p.toObject(); // { r: 2, K: 1 }
 * p.set('K', 10);
 * ```
 */
export function formulaParameters(
  names: readonly string[],
  values?: Readonly<Record<string, number>>,
): FormulaParameters {
  if (
    !Array.isArray(names) ||
    !names.every((n) => typeof n === 'string') ||
    new Set(names).size !== names.length
  ) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      'invalid argument. `names` must be an array of distinct strings.',
    );
  }
  const list = Object.freeze([...names]);
  const index = new Map(list.map((name, i) => [name, i]));
  const store = new Float64Array(list.length).fill(DEFAULT_PARAMETER_VALUE);
  let version = 0;
  const slot = (name: unknown): number => {
    const i = typeof name === 'string' ? index.get(name) : undefined;
    if (i === undefined) {
      throw new FormulaError(
        'ERR_INVALID_ARG',
        `invalid argument. \`${printable(name)}\` is not a parameter${list.length > 0 ? ` (they are ${list.join(', ')})` : ' (there are none)'}.`,
      );
    }
    return i;
  };
  const checked = (name: string, value: unknown): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new FormulaError(
        'ERR_INVALID_ARG',
        `invalid argument. The value of parameter \`${name}\` must be a finite number. Value: \`${printable(value)}\`.`,
      );
    }
    return value;
  };
  const readEntries = (given: unknown): [number, number][] => {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      throw new FormulaError(
        'ERR_INVALID_ARG',
        'invalid argument. Parameter values must be an object of numbers.',
      );
    }
    return coded(() =>
      Object.keys(given).map((name) => [slot(name), checked(name, (given as Record<string, unknown>)[name])]),
    );
  };
  const parameters: FormulaParameters = Object.freeze({
    names: list,
    get version() {
      return version;
    },
    get: (name: string) => store[slot(name)]!,
    set: (name: string, value: number) => {
      const i = slot(name);
      store[i] = checked(name, value);
      version++;
    },
    assign: (given: Readonly<Record<string, number>>) => {
      const entries = readEntries(given); // all checked before any is written
      for (const [i, v] of entries) store[i] = v;
      version++;
    },
    toObject: () => Object.fromEntries(list.map((name, i) => [name, store[i]!])),
  });
  if (values !== undefined) for (const [i, v] of readEntries(values)) store[i] = v;
  STORAGE.set(parameters, { values: store, index });
  return parameters;
}

/** The storage behind a store made by {@link formulaParameters}, or undefined for anything else. */
export function parameterStorage(parameters: unknown): ParameterStorage | undefined {
  return typeof parameters === 'object' && parameters !== null
    ? STORAGE.get(parameters as FormulaParameters)
    : undefined;
}

/**
 * The store a compiled function of `formula` reads: the one given (it must hold every parameter of the formula),
 * a new one from a plain object (which must name exactly the formula's parameters), or a new one at the defaults.
 */
export function resolveParameters(needed: readonly string[], given: unknown): FormulaParameters {
  if (given === undefined) return formulaParameters(needed);
  const storage = parameterStorage(given);
  if (storage !== undefined) {
    const missing = needed.filter((name) => !storage.index.has(name));
    if (missing.length > 0) {
      throw new FormulaError(
        'ERR_INVALID_ARG',
        `invalid argument. \`options.parameters\` has no value for ${missing.map((m) => `\`${m}\``).join(', ')}.`,
      );
    }
    return given as FormulaParameters;
  }
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      'invalid argument. `options.parameters` must be a FormulaParameters store or an object of numbers.',
    );
  }
  const missing = coded(() => needed.filter((name) => !Object.hasOwn(given, name)));
  if (missing.length > 0) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. No value for parameter ${missing.map((m) => `\`${m}\``).join(', ')}.`,
    );
  }
  return formulaParameters(needed, given as Record<string, number>);
}

/** Runs `read` on a caller's object; a getter or proxy trap that throws becomes ERR_INVALID_ARG. */
function coded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FormulaError) throw error;
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. Reading the parameter values threw.');
  }
}

function printable(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : typeof value === 'symbol' ? 'a symbol' : String(value);
  } catch {
    text = typeof value;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
