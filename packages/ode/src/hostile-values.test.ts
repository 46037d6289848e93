import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { CALLS } from '../test/hostile-calls.ts';
import { CallbackError, clone, hostile, hostileTag, slots } from '../test/hostile-values.ts';
import * as api from './index.ts';

// Issue 14, item 6: every public function of @phaseflow/ode, fed the hostile value set in any argument or any field
// of one (and its callbacks turned hostile after some good calls: BigInt, Symbol, strings, NaN, objects, throws),
// returns or throws a coded PhaseflowError, nothing else; an error the caller's own callback throws passes through
// unchanged. What it returns is used as a caller would (steppers stepped, `at` called, methods run), trajectories
// hold finite numbers only, no case runs long (a hang) or grows the process past the memory bound.
const RUNS = 600;
const SLOW_MS = 5_000;
const RSS_BOUND = 2.5e9;
const tally = { cases: 0, uncoded: 0, hangs: 0, nonFinite: 0, memory: 0, slowestMs: 0, peakRss: 0 };
// One or two slots made hostile at once (each case also feeds a hostile argument to the functions it returns).
const breaks = fc.array(fc.tuple(fc.nat(), hostileTag), { minLength: 1, maxLength: 2 });

/** The finite-values promise of trajectories: every stored time and state. */
function checkFinite(value: unknown): void {
  for (const key of ['t', 'x'] as const) {
    const a = (value as Record<string, unknown>)[key];
    if (a instanceof Float64Array && !a.every(Number.isFinite)) {
      tally.nonFinite++;
      expect.fail(`${key} holds a non-finite value`);
    }
  }
}

/** Uses a result as its caller would: runs a method, steps a stepper, reads the interpolant and the maps. */
function use(out: unknown, probe: unknown): void {
  if (out === null || typeof out !== 'object') return;
  const o = out as Record<string, unknown>;
  if ('kind' in o && 'tableau' in o && !('status' in o)) {
    checkFinite(api.solve({ f: (x: number) => -x, x0: 1, t1: 1 }, o as never, { maxSteps: 100 }));
    return;
  }
  if (typeof o.step === 'function') {
    for (let i = 0; i < 50 && o.status === 'running'; i++) (o.step as () => void)();
    const x = o.x;
    if (
      typeof o.t !== 'number' ||
      !Number.isFinite(o.t) ||
      !(x instanceof Float64Array ? x.every(Number.isFinite) : Number.isFinite(x))
    ) {
      tally.nonFinite++;
      expect.fail('the stepper holds a non-finite state');
    }
  }
  if ('status' in o && 't' in o) checkFinite(o);
  if (typeof o.at === 'function')
    (o.at as (t: number) => unknown)(o.t instanceof Float64Array ? (o.t[0] ?? 0) : -1);
  for (const key of ['apply', 'derivative'] as const) {
    if (typeof o[key] === 'function') expect(typeof (o[key] as (x: number) => unknown)(0.5)).toBe('number');
  }
  // Then each function it returns, fed a hostile argument: a number, a coded error, or the caller's own error.
  for (const key of ['at', 'step', 'apply', 'derivative'] as const) {
    // A Float64Array's own `at` is the platform's, not ours.
    if (typeof o[key] !== 'function' || ArrayBuffer.isView(o)) continue;
    try {
      const y = (o[key] as (v: unknown) => unknown)(probe);
      if (key === 'apply' || key === 'derivative') expect(typeof y).toBe('number');
    } catch (error) {
      classify(error);
    }
  }
}

function classify(error: unknown): void {
  if (error instanceof Error && error.name === 'AssertionError') throw error; // already tallied
  if (error instanceof CallbackError) return; // the caller's own callback threw: passed through unchanged
  if (error instanceof api.PhaseflowError && /^ERR_[A-Z_]+$/.test(error.code)) return;
  tally.uncoded++;
  throw error;
}

describe('every public function of @phaseflow/ode with hostile values', () => {
  test('the calls cover every function index.ts exports', () => {
    const covered = new Set(CALLS.map(([name]) => name.split(' ')[0]));
    const functions = Object.entries(api).filter(
      ([n, v]) => typeof v === 'function' && n !== 'PhaseflowError',
    );
    expect(functions.map(([n]) => n).filter((n) => !covered.has(n))).toEqual([]);
  });

  test.each(CALLS)(
    `%s: returns or throws a coded PhaseflowError (${RUNS} cases)`,
    (_name, fn, valid) => {
      fc.assert(
        fc.property(breaks, hostileTag, (picks, probeTag) => {
          tally.cases++;
          const args = clone(valid()) as unknown[];
          // Slots listed before any is broken (a getter object must not be walked into).
          const all = slots(args);
          for (const [pick, tag] of picks) {
            const [container, key] = all[pick % all.length]!;
            container[key] = hostile(tag, container[key]);
          }
          const started = performance.now();
          try {
            use(fn(...(args as never[])), hostile(probeTag, undefined));
          } catch (error) {
            classify(error);
          }
          tally.slowestMs = Math.max(tally.slowestMs, Math.round(performance.now() - started));
          tally.peakRss = Math.max(tally.peakRss, process.memoryUsage.rss());
          if (performance.now() - started > SLOW_MS) {
            tally.hangs++;
            expect.fail(`a case ran ${Math.round(performance.now() - started)} ms`);
          }
          if (process.memoryUsage.rss() > RSS_BOUND) {
            tally.memory++;
            expect.fail(`the process grew to ${process.memoryUsage.rss()} bytes`);
          }
        }),
        { numRuns: RUNS },
      );
    },
    120_000,
  );

  afterAll(() => {
    // One line for the closing table of issue 14 (read by hand, not by a test).
    console.log(`ode hostile values: ${JSON.stringify(tally)}`);
  });
});
