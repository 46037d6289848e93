import { PhaseflowError, type PhaseflowErrorCode } from '@phaseflow/ode';
import { describeValue } from './validate.ts';

/**
 * The most numbers a single call of this package may keep: 2²⁵ (256 MiB of float64). A request past it could only
 * end in minutes of work or an exhausted heap, so it is refused up front.
 */
export const MAX_STORED_NUMBERS = 2 ** 25;

// `ERR_TOO_LARGE` is the code of #14 for requests that can never fit; ode's PhaseflowErrorCode union does not list it
// yet, so the code is named here until it does (the error is still a PhaseflowError with a stable code).
const TOO_LARGE = 'ERR_TOO_LARGE' as PhaseflowErrorCode;

/** Throws `ERR_TOO_LARGE` when `count` exceeds `most`, or when the numbers a run would store exceed the cap. */
export function requireStorage(name: string, count: number, most: number, stored: number): void {
  if (count > most || stored > MAX_STORED_NUMBERS) {
    throw new PhaseflowError(
      TOO_LARGE,
      `too large. \`${name}\` must be at most ${most}, and the run must store at most ${MAX_STORED_NUMBERS} numbers (${describeValue(stored)} asked). Value: \`${describeValue(count)}\`.`,
    );
  }
}
