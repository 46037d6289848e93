import { describeValue, tooLarge } from './validate.ts';

/**
 * The most numbers a single call of this package may keep: 2²⁵ (256 MiB of float64). A request past it could only
 * end in minutes of work or an exhausted heap, so it is refused up front.
 */
export const MAX_STORED_NUMBERS = 2 ** 25;

/** Throws `ERR_TOO_LARGE` when `count` exceeds `most`, or when the numbers a run would store exceed the cap. */
export function requireStorage(name: string, count: number, most: number, stored: number): void {
  if (count > most || stored > MAX_STORED_NUMBERS) {
    throw tooLarge(
      name,
      `must be at most ${most}, and the call must store at most ${MAX_STORED_NUMBERS} numbers (${describeValue(stored)} asked)`,
      count,
    );
  }
}
