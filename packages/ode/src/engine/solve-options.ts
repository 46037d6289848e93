import { invalidArgument, invalidReturn } from '../errors.ts';
import { checkOptions, readArguments, requireFunction, requireInteger, toFiniteVector } from '../validate.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { notANumber } from './not-a-number.ts';

/** An event: the zeros of g along the solution, located on the interpolant. */
export interface EventSpec<X> {
  /** The event function; its sign changes are the events. */
  g: (x: X, t: number) => number;
  /** Only crossings where g increases (1), decreases (−1), or both (0, the default). */
  direction?: 1 | -1 | 0;
  /** Stop the run at this event: `true` at its first occurrence, a count n at its n-th; `false` or 0 never
   * (the default). */
  terminal?: boolean | number;
}

/** What to do with a run (the method holds only its numerical parameters). */
export interface SolveOptions<X = number | Float64Array> {
  /** Most steps to take (adaptive: trial steps) before stopping with status `max-steps`. Default: 6·10⁶
   * evaluations of f' worth (10⁶ dopri5 trials, 5.45·10⁵ dop853 trials, 1.5·10⁶ rk4 steps, 6·10⁶ Euler steps), so a
   * call with default options returns within about a second; raise it for longer runs. */
  maxSteps?: number;
  /** Report the solution at these times (sorted in the direction of integration, within [t0, t1]) instead of at
   * the steps; filled from the interpolant, so they never shorten a step. */
  tEval?: ArrayLike<number>;
  /**
   * Event functions whose zeros are located along the solution, on each step's interpolant (8 samples a step, then
   * Illinois to machine precision). With fixed-step methods the interpolant is the cubic Hermite one, whose slopes
   * cost evaluations of f that `nfev` does not count; adaptive methods count the three extra stages dop853's
   * interpolant needs.
   */
  events?: readonly EventSpec<X>[];
  /**
   * What dopri5 and dop853 do when their stiffness test fires (Hairer's test: h·λ beyond the stability region in
   * 15 tests): `'stop'` (the default) ends the run with status `stiff` and the points so far; `'warn'` goes on and
   * records the time in `solution.stiffAt`; `'ignore'` does not test. Methods without a test ignore it.
   */
  stiffness?: 'stop' | 'warn' | 'ignore';
  /**
   * `false` (with `tEval`): keep no steps, only the rows at `tEval`, so a long run with sparse output needs memory
   * for its output only; `at()` then throws `ERR_NO_DENSE_OUTPUT`. Default true.
   */
  denseOutput?: boolean;
}

/** An event after validation, with g in the system form. */
export interface NormalizedEvent {
  g: (x: Float64Array, t: number) => number;
  direction: -1 | 0 | 1;
  /** 0: never stops the run; n: stops it at the n-th occurrence. */
  terminal: number;
}

export interface NormalizedOptions {
  maxSteps: number;
  tEval: Float64Array | null;
  events: NormalizedEvent[];
  stiffness: 'stop' | 'warn' | 'ignore';
  denseOutput: boolean;
}

const OPTIONS = ['maxSteps', 'tEval', 'events', 'stiffness', 'denseOutput'] as const;
const EVENT_KEYS = ['g', 'direction', 'terminal'] as const;
export const DEFAULT_MAX_STEPS = 10_000_000;
/**
 * Evaluations of f a call with default options may make: 6·10⁶, about a second for a cheap f on this project's
 * machines (dopri5 on x′ = sin(10⁴t) to t = 10⁶ took 11.5 s with the old default of 10⁷ trial steps).
 */
const DEFAULT_EVALUATIONS = 6_000_000;

/** The default `maxSteps` of a method: the evaluation budget over the evaluations one step makes. */
export function defaultMaxSteps(method: object): number {
  const stages = readArguments('method.tableau', () => {
    const tableau = (method as { tableau?: { b?: unknown; fsal?: unknown } }).tableau;
    return Array.isArray(tableau?.b) ? tableau.b.length - (tableau.fsal === true ? 1 : 0) : 6;
  });
  return Math.floor(DEFAULT_EVALUATIONS / Math.max(1, stages));
}

/** Validates `solve`'s options against the problem, once, before any step. */
export function normalizeSolveOptions(
  options: unknown,
  p: NormalizedProblem,
  defaultSteps = DEFAULT_MAX_STEPS,
): NormalizedOptions {
  const o = checkOptions('options', options, OPTIONS) as SolveOptions;
  const maxSteps =
    o.maxSteps === undefined ? defaultSteps : requireInteger('options.maxSteps', o.maxSteps, 1);
  const tEval = normalizeTEval(o.tEval, p);
  const denseOutput = o.denseOutput ?? true;
  if (typeof denseOutput !== 'boolean')
    throw invalidArgument('options.denseOutput', 'must be true or false', denseOutput);
  if (!denseOutput && tEval === null) {
    throw invalidArgument(
      'options.denseOutput',
      'may be false only with tEval (the rows to keep)',
      denseOutput,
    );
  }
  return {
    maxSteps,
    tEval,
    events: normalizeEvents(o.events, p),
    stiffness: normalizeStiffness(o.stiffness),
    denseOutput,
  };
}

/** The `stiffness` option of solve, init and solveMany. */
export function normalizeStiffness(value: unknown): 'stop' | 'warn' | 'ignore' {
  if (value === undefined) return 'stop';
  if (value !== 'stop' && value !== 'warn' && value !== 'ignore') {
    throw invalidArgument('options.stiffness', "must be 'stop', 'warn' or 'ignore'", value);
  }
  return value;
}

function normalizeTEval(value: unknown, p: NormalizedProblem): Float64Array | null {
  if (value === undefined) return null;
  const empty = readArguments(
    'options.tEval',
    () => value !== null && typeof value === 'object' && (value as ArrayLike<number>).length === 0,
  );
  const tEval = empty ? new Float64Array(0) : toFiniteVector('options.tEval', value);
  const lo = Math.min(p.t0, p.t1);
  const hi = Math.max(p.t0, p.t1);
  const direction = p.t1 >= p.t0 ? 1 : -1;
  for (let j = 0; j < tEval.length; j++) {
    const tj = tEval[j]!;
    if (tj < lo || tj > hi)
      throw invalidArgument(`options.tEval[${j}]`, `must lie within [${lo}, ${hi}]`, tj);
    if (j > 0 && (tj - tEval[j - 1]!) * direction < 0) {
      throw invalidArgument(
        `options.tEval[${j}]`,
        `must not come before tEval[${j - 1}] = ${tEval[j - 1]} in the direction of integration`,
        tj,
      );
    }
  }
  return tEval;
}

function normalizeEvents(value: unknown, p: NormalizedProblem): NormalizedEvent[] {
  if (value === undefined) return [];
  // Read every spec inside the guard first; the probe calls of g come after, outside it, so that an error g itself
  // throws reaches the caller unchanged.
  const specs = readArguments('options.events', () => {
    if (!Array.isArray(value)) throw invalidArgument('options.events', 'must be an array of events', value);
    return value.map((spec, index) => {
      const name = `options.events[${index}]`;
      if (spec === undefined)
        throw invalidArgument(name, 'must be an object { g, direction, terminal }', spec);
      const e = checkOptions(name, spec, EVENT_KEYS) as Partial<EventSpec<unknown>>;
      const user = requireFunction<(x: unknown, t: number) => unknown>(`${name}.g`, e.g);
      const direction = e.direction ?? 0;
      if (direction !== -1 && direction !== 0 && direction !== 1) {
        throw invalidArgument(`${name}.direction`, 'must be 1, -1 or 0', direction);
      }
      let terminal = 0;
      if (e.terminal === true) terminal = 1;
      else if (e.terminal !== undefined && e.terminal !== false) {
        terminal = requireInteger(`${name}.terminal`, e.terminal, 0);
      }
      return { name, user, direction: direction as -1 | 0 | 1, terminal };
    });
  });
  return specs.map(({ name, user, direction, terminal }) => {
    // g's value is checked at every call, as f's is in the kernels: the locator's arithmetic would throw a raw
    // TypeError on a BigInt and coerce a string.
    const g = p.scalar
      ? (x: Float64Array, t: number) => {
          const v = user(x[0]!, t);
          if (typeof v !== 'number') throw notANumber(`${name}.g`, v);
          return v;
        }
      : (x: Float64Array, t: number) => {
          const v = user(x, t);
          if (typeof v !== 'number') throw notANumber(`${name}.g`, v);
          return v;
        };
    const probe = user(p.scalar ? p.x0[0] : Float64Array.from(p.x0), p.t0);
    if (typeof probe !== 'number') throw invalidReturn(`${name}.g`, 'must return a number', probe);
    return { g, direction, terminal };
  });
}
