// The argument checks are @phaseflow/ode's own (one set of rules, one message format for both packages); this
// module gathers the ones this package uses, so its files import from one place, and hardens the two that read
// into user objects: a getter that throws, or an array-like whose length is no length, becomes a coded error.
import { PhaseflowError, type PhaseflowErrorCode } from '@phaseflow/ode';
import {
  describeValue,
  invalidArgument,
  checkOptions as odeCheckOptions,
  toFiniteVector as odeToFiniteVector,
} from '@phaseflow/ode/validation';

export { describeValue } from '@phaseflow/ode/validation';
export { invalidArgument } from '@phaseflow/ode/validation';
export { invalidReturn } from '@phaseflow/ode/validation';
export { requireFinite } from '@phaseflow/ode/validation';
export { requireFunction } from '@phaseflow/ode/validation';
export { requireInRange } from '@phaseflow/ode/validation';
export { requireInteger } from '@phaseflow/ode/validation';
export { requirePositive } from '@phaseflow/ode/validation';

/** The longest array this package reads (2²⁵ numbers, 256 MiB of float64). */
export const MAX_LENGTH = 2 ** 25;

// `ERR_TOO_LARGE` is the code of #14 for requests that can never fit; ode's PhaseflowErrorCode union does not list it
// yet, so it is named here until it does (the error is still a PhaseflowError with a stable code).
const TOO_LARGE = 'ERR_TOO_LARGE' as PhaseflowErrorCode;

/** Builds the too-large error: ``too large. `steps` must be at most 1000000. Value: `1e7`.`` */
export function tooLarge(name: string, rule: string, value: unknown): PhaseflowError {
  return new PhaseflowError(TOO_LARGE, `too large. \`${name}\` ${rule}. Value: \`${describeValue(value)}\`.`);
}

/** Reads `object[key]`; a getter that throws is `ERR_INVALID_ARG` naming the property. */
export function readProperty(name: string, object: object, key: string | number): unknown {
  try {
    return (object as Record<string | number, unknown>)[key];
  } catch (error) {
    throw invalidArgument(`${name}`, `could not be read (its getter threw: ${String(error)})`, undefined);
  }
}

/** ode's option check, then a plain copy of the options read once each (getters run here, coded if they throw). */
export function checkOptions(
  name: string,
  options: unknown,
  known: readonly string[],
): Record<string, unknown> {
  const checked = odeCheckOptions(name, options, known);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(checked)) copy[key] = readProperty(`${name}.${key}`, checked, key);
  return copy;
}

/** ode's vector copy, after checking that `length` is an integer in [1, MAX_LENGTH] and with guarded reads. */
export function toFiniteVector(name: string, value: unknown): Float64Array {
  if (value !== null && typeof value === 'object') {
    const length = readProperty(`${name}.length`, value, 'length');
    if (typeof length === 'number' && length > MAX_LENGTH) {
      throw tooLarge(name, `must have at most ${MAX_LENGTH} entries`, length);
    }
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
      throw invalidArgument(`${name}.length`, 'must be a non-negative integer', length);
    }
  }
  try {
    return odeToFiniteVector(name, value);
  } catch (error) {
    if (error instanceof PhaseflowError) throw error;
    throw invalidArgument(name, `could not be read (${String(error)})`, undefined);
  }
}

/** Runs a reader of a user-given structure: any error but a PhaseflowError (a throwing getter) becomes a coded one. */
export function guarded<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PhaseflowError) throw error;
    throw invalidArgument(name, `could not be read (${String(error)})`, undefined);
  }
}
