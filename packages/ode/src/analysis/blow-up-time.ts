import type { ScalarRhs } from '../problem.ts';
import { readArguments } from './argument-error.ts';
import type { BlowUpOptions, BlowUpResult, BlowUpStatus } from './blow-up-result.ts';
import { integrate } from './gauss-kronrod.ts';
import { type GrowthSample, growthEstimate, powerTail } from './growth-rate.ts';
import { locateEquilibria } from './locate-equilibria.ts';
import { booleanOption, finiteNumber, numberIn, readOptions } from './read-options.ts';
import { scalarEvaluator } from './scalar-evaluator.ts';
import { isUnderflowZero } from './underflow-zero.ts';

const OPTIONS = ['backward', 'rtol'] as const;
const MAX_PIECES = 1100;
const SCAN_POINTS = 17;
// Panels per piece: enough for any smooth 1/f over a doubling; a discontinuous f (floor(x)) cannot converge, and
// its doubt is in the error estimate.
const PIECE_PANELS = 8;
const FAR = 1e300;

/**
 * Says whether the solution of the scalar autonomous equation x′ = f(x) from x(0) = x0 leaves every bounded
 * interval in finite time, and when. The time to go from x0 to ±∞ is T = ∫ dx / f(x); the path is cut into
 * pieces whose distance from x0 doubles, each scanned for equilibria and non-finite values (17 points, then the
 * search of findEquilibria) and integrated by adaptive Gauss–Kronrod. Blow-up is decided from the growth rate of
 * f: once far from x0, the exponent p of |f| ≈ c·|x|^p is measured over the last eight doublings. p > 1 (by more
 * than its rounding doubt) and not falling: the rest of the path takes at most |x|/((p − 1)·|f|), added as the
 * tail, once it is below rtol of the total, or at |x| = 1e300 with its doubt in `accuracy` (p = 1.001 is decided
 * there: the tail beyond 1e300 is half of T). p ≤ 1 up to 1e300: `unbounded`. p falling towards 1 (x·ln x), or
 * within rounding of 1: `undetermined`.
 *
 * @example
 * ```ts
 * const r = blowUpTime((x) => x * (1 - x), -0.5); // the logistic equation below 0
 * r.status; // 'blow-up'
 * r.time;   // 1.0986122886681098 (ln(1 − 1/x0) = ln 3)
 * blowUpTime((x) => x * (1 - x), 0.5).limit; // 1 ('approaches-equilibrium')
 * ```
 */
export function blowUpTime(f: ScalarRhs, x0: number, options?: BlowUpOptions): BlowUpResult {
  const { raw, start, rtol, backward } = readArguments('options', () => {
    const opts = readOptions('options', options, OPTIONS);
    return {
      raw: scalarEvaluator('f', f),
      start: finiteNumber('x0', x0),
      rtol: opts.rtol === undefined ? 1e-10 : numberIn('options.rtol', opts.rtol, 1e-15, 1),
      backward: opts.backward === undefined ? false : booleanOption('options.backward', opts.backward),
    };
  });
  const sign = backward ? -1 : 1;
  const g = (x: number) => sign * raw(x);
  const done = (
    status: BlowUpStatus,
    direction: 1 | -1 | 0,
    fields: Partial<BlowUpResult>,
    message: string,
  ): BlowUpResult => {
    const time = fields.time === undefined || fields.time === null ? null : sign * fields.time;
    const accuracy = fields.accuracy ?? null;
    return { status, direction, time, accuracy, limit: fields.limit ?? null, message, nfev: raw.count() };
  };

  const v0 = g(start);
  if (!Number.isFinite(v0))
    return done('non-finite', 0, { time: 0, accuracy: 0, limit: start }, `f(x0) is not finite`);
  if (v0 === 0) {
    if (isUnderflowZero(g, start, 0)) {
      return done(
        'undetermined',
        0,
        { limit: start },
        `f(x0) = 0, but f does not approach 0 at x0 like a power of the distance (it underflows or oscillates): x0 cannot be called an equilibrium`,
      );
    }
    return done('at-equilibrium', 0, {}, `f(x0) = 0: x0 = ${start} is an equilibrium`);
  }
  const dir = v0 > 0 ? 1 : -1;
  const scale = Math.max(1, Math.abs(start));
  const speed = (x: number) => 1 / Math.abs(g(x));
  // Each piece to rtol of itself: their errors then add up to at most rtol of the total.
  const pieceTol = Math.max(rtol, 4 * Number.EPSILON);
  let total = 0;
  let error = 0;
  let pieces = 0;
  const samples: GrowthSample[] = [];
  // Summing n pieces in order can lose n·ε of the total.
  const rounding = () => pieces * Number.EPSILON * total;

  for (let k = 0; k < MAX_PIECES; k++) {
    const near = k === 0 ? start : start + dir * scale * 2 ** (k - 11);
    const far = start + dir * scale * 2 ** (k - 10);
    if (!Number.isFinite(far) || Math.abs(far) > FAR) break;
    const [lo, hi] = dir > 0 ? [near, far] : [far, near];
    const scan = locateEquilibria(g, lo, hi, {
      gridPoints: SCAN_POINTS,
      xtol: undefined,
      ftol: undefined,
      endDips: false,
    });
    const first = (xs: number[]) => xs.sort((p, q) => dir * (p - q))[0];
    const eq = first([
      ...scan.equilibria.map((e) => e.x),
      ...scan.equilibriumIntervals.map((r) => (dir > 0 ? r.from : r.to)),
    ]);
    const bad = first(scan.nonFiniteRegions.map((r) => (dir > 0 ? r.from : r.to)));
    const jump = first(scan.jumps.map((j) => j.x));
    const before = (p: number | undefined, q: number | undefined) =>
      p !== undefined && (q === undefined || dir * (p - q) < 0);
    if (jump !== undefined && before(jump, eq) && before(jump, bad)) {
      const q = integrate(speed, Math.min(near, jump), Math.max(near, jump), rtol);
      return done(
        'undetermined',
        dir,
        { time: finiteOrNull(total + q.value), accuracy: finiteOrNull(error + q.error), limit: jump },
        `f jumps over zero at x = ${jump}: x reaches it in finite time and x′ = f(x) has no classical solution past it`,
      );
    }
    if (bad !== undefined && before(bad, eq)) {
      const q = integrate(speed, Math.min(near, bad), Math.max(near, bad), rtol);
      const estimate = growthEstimate(samples);
      const beyond = g(bad + dir * Math.max(Math.abs(bad) * 1e-9, 1e-300));
      if (
        Number.isFinite(total + q.value) &&
        estimate?.superlinear &&
        beyond === dir * Number.POSITIVE_INFINITY
      ) {
        // f overflows while growing faster than linearly: what is left takes less than |x|/(β·MAX_VALUE).
        const tail = powerTail(Math.abs(bad), Number.MAX_VALUE, estimate.beta);
        return done(
          'blow-up',
          dir,
          { time: total + q.value + tail, accuracy: error + q.error + tail + rounding() },
          `|x| reaches ∞ in finite time (f overflows at x = ${bad}, growing like |x|^${1 + estimate.beta})`,
        );
      }
      return done(
        'non-finite',
        dir,
        { time: finiteOrNull(total + q.value), accuracy: finiteOrNull(error + q.error), limit: bad },
        `f is not finite from x = ${bad}`,
      );
    }
    if (eq !== undefined) {
      if (isUnderflowZero(g, eq, dir > 0 ? -1 : 1)) {
        return done(
          'undetermined',
          dir,
          { limit: eq },
          `f underflows to 0 near x = ${eq} (it does not approach 0 like a power of the distance): too slow to follow, and not an equilibrium`,
        );
      }
      return done('approaches-equilibrium', dir, { limit: eq }, `x tends to the equilibrium ${eq}`);
    }
    const q = integrate(speed, lo, hi, pieceTol, 0, PIECE_PANELS);
    if (!q.finite) {
      return done(
        'undetermined',
        dir,
        {},
        `between ${lo} and ${hi} f is too small (or not finite) for the time x takes there to be a double`,
      );
    }
    total += q.value;
    error += q.error;
    pieces++;
    if (!Number.isFinite(total)) {
      return done('undetermined', dir, {}, `x takes longer than the largest double to reach ${far}`);
    }
    if (Math.abs(far - start) >= 16 * scale) samples.push({ at: Math.abs(far), size: Math.abs(g(far)) });
    const estimate = growthEstimate(samples);
    if (estimate?.superlinear) {
      const last = samples[samples.length - 1]!;
      const tail = powerTail(last.at, last.size, estimate.beta);
      if (tail <= rtol * total) {
        return done(
          'blow-up',
          dir,
          { time: total + tail, accuracy: error + tail + rounding() },
          `|x| reaches ∞ in finite time (f grows like |x|^${1 + estimate.beta})`,
        );
      }
    }
  }
  const estimate = growthEstimate(samples);
  if (estimate?.superlinear) {
    const last = samples[samples.length - 1]!;
    const tail = powerTail(last.at, last.size, estimate.beta);
    const doubt = (estimate.noise + Math.max(0, -estimate.trend)) / estimate.beta;
    return done(
      'blow-up',
      dir,
      { time: total + tail, accuracy: error + tail * Math.min(1, 2 * doubt) + rounding() },
      `|x| reaches ∞ in finite time: f grows like |x|^${1 + estimate.beta} up to |x| = ${last.at}, and the rest of the path takes ${tail}`,
    );
  }
  if (estimate !== null && estimate.beta <= 0) {
    return done(
      'unbounded',
      dir,
      {},
      'x grows without bound as t → ∞ (f grows at most linearly up to |x| = 1e300)',
    );
  }
  return done(
    'undetermined',
    dir,
    {},
    'could not tell finite-time blow-up from unbounded growth up to |x| = 1e300: f grows too close to linearly',
  );
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}
