/**
 * The stable codes a {@link PhaseflowError} carries. Tests and callers branch on the code, never on the message.
 *
 * - `ERR_INVALID_ARG`: an argument breaks its rule (not finite, not positive, wrong type).
 * - `ERR_DIM_MISMATCH`: lengths disagree (x0 against what f writes, atol against x0, a gradient against x).
 * - `ERR_INVALID_RETURN`: a user function returned something of the wrong kind (a string from a scalar f).
 * - `ERR_UNKNOWN_OPTION`: an options object holds a name the function does not know (a typo would otherwise be
 *   silently ignored).
 */
export type PhaseflowErrorCode =
  | 'ERR_INVALID_ARG'
  | 'ERR_DIM_MISMATCH'
  | 'ERR_INVALID_RETURN'
  | 'ERR_UNKNOWN_OPTION';

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

/** Renders a received value for an error message, short enough to read and never throwing. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (ArrayBuffer.isView(value) || Array.isArray(value)) {
    const items = Array.from(value as ArrayLike<unknown>)
      .slice(0, 6)
      .map(describeValue);
    const more = (value as ArrayLike<unknown>).length > 6 ? ', …' : '';
    return `[${items.join(', ')}${more}]`;
  }
  return Object.prototype.toString.call(value);
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
