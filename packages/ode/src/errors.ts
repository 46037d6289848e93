/**
 * The stable codes a {@link PhaseflowError} carries. Tests and callers branch on the code, never on the message.
 *
 * - `ERR_INVALID_ARG`: an argument breaks its rule (not finite, not positive, wrong type).
 * - `ERR_DIM_MISMATCH`: lengths disagree (x0 against what f writes, atol against x0, a gradient against x).
 * - `ERR_INVALID_RETURN`: a user function returned something of the wrong kind (a string from a scalar f).
 * - `ERR_UNKNOWN_OPTION`: an options object holds a name the function does not know (a typo would otherwise be
 *   silently ignored).
 * - `ERR_TOO_LARGE`: a request that could never fit in memory (a `tEval` or `at(ts)` longer than the cap).
 * - `ERR_NO_DENSE_OUTPUT`: `at()` on a run made with `denseOutput: false`, which kept no steps to interpolate.
 * - `ERR_REENTRANT`: `step()` called while the same run is stepping (from inside f or an event function).
 */
export type PhaseflowErrorCode =
  | 'ERR_INVALID_ARG'
  | 'ERR_DIM_MISMATCH'
  | 'ERR_INVALID_RETURN'
  | 'ERR_UNKNOWN_OPTION'
  | 'ERR_TOO_LARGE'
  | 'ERR_NO_DENSE_OUTPUT'
  | 'ERR_REENTRANT';

/**
 * The one error class phaseflow throws for bad input. Numerical failures are never thrown: they come back as a
 * `status` in the result, with the points computed so far.
 *
 * @example
 * ```ts
 * try { euler({ h: -0.1 }); } catch (e) { (e as PhaseflowError).code; } // 'ERR_INVALID_ARG'
 * ```
 */
export class PhaseflowError extends Error {
  readonly code: PhaseflowErrorCode;

  constructor(code: PhaseflowErrorCode, message: string) {
    super(message);
    this.name = 'PhaseflowError';
    this.code = code;
  }
}

/**
 * Renders a received value for an error message, short enough to read and never throwing: at most six elements of
 * an array are read, and a value that cannot even be inspected (a throwing getter, a Proxy whose traps throw) reads
 * as `[unreadable]`, so that reporting bad input never raises a second, uncoded error.
 */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
    if (typeof value === 'string')
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') return 'a function';
    if (value === null || value === undefined || typeof value === 'boolean') return String(value);
    if (ArrayBuffer.isView(value) || Array.isArray(value)) {
      const source = value as ArrayLike<unknown>;
      const items = Array.from({ length: Math.min(6, source.length) }, (_, i) => describeValue(source[i]));
      const more = source.length > 6 ? ', …' : '';
      return `[${items.join(', ')}${more}]`;
    }
    return Object.prototype.toString.call(value);
  } catch {
    return '[unreadable]';
  }
}

/** Builds the standard bad-argument error: ``invalid argument. `h` must be a positive finite number. Value: `-0.1`.`` */
export function invalidArgument(name: string, rule: string, value: unknown): PhaseflowError {
  return new PhaseflowError(
    'ERR_INVALID_ARG',
    `invalid argument. \`${name}\` ${rule}. Value: \`${describeValue(value)}\`.`,
  );
}

/** Builds the standard bad-return error: ``invalid return value. `f` must return a number. Value: `"x"`.`` */
export function invalidReturn(name: string, rule: string, value: unknown): PhaseflowError {
  return new PhaseflowError(
    'ERR_INVALID_RETURN',
    `invalid return value. \`${name}\` ${rule}. Value: \`${describeValue(value)}\`.`,
  );
}

/** Builds the standard dimension error: ``dimension mismatch. `x0s[1]` must have the length of x0s[0] (2). …`` */
export function dimensionMismatch(name: string, rule: string, value: unknown): PhaseflowError {
  return new PhaseflowError(
    'ERR_DIM_MISMATCH',
    `dimension mismatch. \`${name}\` ${rule}. Value: \`${describeValue(value)}\`.`,
  );
}

/** Builds the unknown-option error, listing the names the function knows. */
export function unknownOption(name: string, known: readonly string[], key: string): PhaseflowError {
  const names = known.map((k) => `\`${k}\``).join(', ') || 'no options';
  return new PhaseflowError(
    'ERR_UNKNOWN_OPTION',
    `unknown option. \`${name}\` accepts ${names}. Value: \`${describeValue(key)}\`.`,
  );
}

/** Builds the too-large error: a request that could never fit within the memory cap. */
export function tooLarge(name: string, rule: string, value: unknown): PhaseflowError {
  return new PhaseflowError(
    'ERR_TOO_LARGE',
    `too large. \`${name}\` ${rule}. Value: \`${describeValue(value)}\`.`,
  );
}

/** Builds the error of `at()` on a run that kept no steps (`denseOutput: false`). */
export function noDenseOutput(): PhaseflowError {
  return new PhaseflowError(
    'ERR_NO_DENSE_OUTPUT',
    'no dense output. `at()` needs the steps, and this run was made with `denseOutput: false`: read `t` and `x`.',
  );
}

/** Builds the error of a `step()` called while the same run is already stepping (from inside f). */
export function reentrantStep(): PhaseflowError {
  return new PhaseflowError(
    'ERR_REENTRANT',
    'reentrant step. `step()` was called while this run was stepping (from inside f or an event function): a run advances one step at a time.',
  );
}
