/**
 * The most numbers a run stores (times and states together): 2²⁶ doubles, 512 MB. A run whose trajectory would
 * need more ends with status `memory-limit` and the points so far; a request that could never fit (a `tEval` or an
 * `at(ts)` longer than this) throws `ERR_TOO_LARGE`.
 */
export const MAX_STORED_NUMBERS = 2 ** 26;

const INITIAL_ROWS = 64;
/** A run that knows its length (fixed steps) allocates it at once up to this many numbers (32 MB), then doubles. */
const UP_FRONT_NUMBERS = 2 ** 22;

/**
 * A run's stored points: times `ts` and row-major states `xs`, grown by doubling as the run goes (so a run that
 * stops early never paid for the steps it did not take), up to {@link MAX_STORED_NUMBERS}.
 */
export class Trajectory {
  ts: Float64Array;
  xs: Float64Array;
  /** The most rows this trajectory may ever hold. */
  readonly maxRows: number;

  constructor(
    readonly dim: number,
    t0: number,
    x0: Float64Array,
    expectedRows = INITIAL_ROWS,
  ) {
    this.maxRows = Math.floor(MAX_STORED_NUMBERS / (dim + 1));
    const upFront = Math.max(INITIAL_ROWS, Math.floor(UP_FRONT_NUMBERS / (dim + 1)));
    const rows = Math.max(2, Math.min(expectedRows, upFront, this.maxRows));
    this.ts = new Float64Array(rows);
    this.xs = new Float64Array(rows * dim);
    this.ts[0] = t0;
    this.xs.set(x0);
  }

  /** Makes room for `rows` rows; false when that would pass the memory cap (nothing is changed then). */
  reserve(rows: number): boolean {
    if (rows <= this.ts.length) return true;
    if (rows > this.maxRows) return false;
    const capacity = Math.min(Math.max(2 * this.ts.length, rows), this.maxRows);
    const ts = new Float64Array(capacity);
    const xs = new Float64Array(capacity * this.dim);
    ts.set(this.ts);
    xs.set(this.xs);
    this.ts = ts;
    this.xs = xs;
    return true;
  }
}
