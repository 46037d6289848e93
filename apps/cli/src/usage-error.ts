/**
 * Bad input on the command line (an unknown option, a value out of range, a formula that does not parse): printed
 * as one line on stderr, exit code 2, never a stack trace.
 *
 * @example
 * ```ts
 * throw new UsageError('`--h` must be a positive number, not `-1`'); // "phaseflow: `--h` must be …", exit 2
 * ```
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
