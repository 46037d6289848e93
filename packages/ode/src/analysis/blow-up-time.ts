import { invalidArgument } from '../errors.ts';
import type { ScalarRhs } from '../problem.ts';
import { checkOptions, requireFinite, requirePositive } from '../validate.ts';
import { integrate } from './gauss-kronrod.ts';
import { locateEquilibria } from './locate-equilibria.ts';
import { scalarEvaluator } from './scalar-evaluator.ts';

/**
 * What happens to the solution of x′ = f(x), x(0) = x0:
 * - `blow-up`: |x| → ∞ at the finite time `time` (∫ dx/f converges); `solve` ends there with status `non-finite`.
 * - `at-equilibrium`: f(x0) = 0, x stays at x0.
 * - `approaches-equilibrium`: an equilibrium `limit` lies ahead; x tends to it (as t → ∞ when f is Lipschitz).
 * - `unbounded`: x grows without bound but only as t → ∞ (the time to double the distance does not shrink: f
 *   grows at most linearly, as x′ = x).
 * - `non-finite`: f stops being finite at `limit` before anything else happens; `time` is when x gets there.
 * - `undetermined`: growth too close to linear to tell (x′ = x·ln x) within the distances searched (|x| ≤ 1e300);
 *   or f jumps over zero ahead (a discontinuity, reached at `time`, at `limit`, past which x′ = f(x) has no
 *   classical solution).
 */
export type BlowUpStatus =
  | 'blow-up'
  | 'at-equilibrium'
  | 'approaches-equilibrium'
  | 'unbounded'
  | 'non-finite'
  | 'undetermined';

/** Options of {@link blowUpTime}. */
export interface BlowUpOptions {
  /** Run time backwards (x′ = −f(x)): `time` is then negative. Default false. */
  backward?: boolean;
  /** Relative accuracy wanted for `time` (default 1e-10). */
  rtol?: number;
}

/** The fate of one solution. Plain data: no NaN or ∞, null where a field does not apply. */
export interface BlowUpResult {
  status: BlowUpStatus;
  /** The direction x moves in: +1 up, −1 down, 0 at rest. */
  direction: 1 | -1 | 0;
  /** `blow-up`: the time at which |x| reaches ∞; `non-finite` (and `undetermined` at a jump): the time at which x
   * reaches `limit`. */
  time: number | null;
  /** An estimate of the error in `time` (quadrature error plus the extrapolated tail). */
  accuracy: number | null;
  /** `approaches-equilibrium`: the equilibrium ahead; `non-finite`: where f stops being finite; `undetermined`: the
   * jump ahead, if that is the reason. */
  limit: number | null;
  message: string;
  nfev: number;
}

const OPTIONS = ['backward', 'rtol'] as const;
const MAX_PIECES = 1100;

/**
 * Says whether the solution of the scalar autonomous equation x′ = f(x) from x(0) = x0 leaves every bounded
 * interval in finite time, and when. The time to go from x0 to ±∞ is T = ∫ dx / f(x); the path is cut into
 * pieces whose distance from x0 doubles, each scanned for equilibria and non-finite values (33 points, then the
 * search of findEquilibria) and integrated by adaptive Gauss–Kronrod. When the per-piece times shrink
 * geometrically, the tail is summed as a geometric series; when they stop shrinking, the growth is unbounded but
 * takes forever.
 *
 * @example
 * ```ts
 * const r = blowUpTime((x) => x * (1 - x), -0.5); // the logistic equation below 0
 * r.status; // 'blow-up'
 * r.time;   // 1.09861228866811 (ln(1 − 1/x0) = ln 3 = 1.0986122886681098)
 * blowUpTime((x) => x * (1 - x), 0.5).limit; // 1 ('approaches-equilibrium')
 * ```
 */
export function blowUpTime(f: ScalarRhs, x0: number, options?: BlowUpOptions): BlowUpResult {
  const raw = scalarEvaluator('f', f);
  const start = requireFinite('x0', x0);
  const opts = checkOptions('options', options, OPTIONS) as BlowUpOptions;
  const rtol = opts.rtol === undefined ? 1e-10 : requirePositive('options.rtol', opts.rtol);
  if (opts.backward !== undefined && typeof opts.backward !== 'boolean') {
    throw invalidArgument('options.backward', 'must be true or false', opts.backward);
  }
  const sign = opts.backward === true ? -1 : 1;
  const g = (x: number) => sign * raw(x);
  const done = (
    status: BlowUpStatus,
    direction: 1 | -1 | 0,
    fields: Partial<BlowUpResult>,
    message: string,
  ) => {
    const time = fields.time === undefined || fields.time === null ? null : sign * fields.time;
    const accuracy = fields.accuracy ?? null;
    return { status, direction, time, accuracy, limit: fields.limit ?? null, message, nfev: raw.count() };
  };

  const v0 = g(start);
  if (!Number.isFinite(v0))
    return done('non-finite', 0, { time: 0, accuracy: 0, limit: start }, `f(x0) is not finite`);
  if (v0 === 0) return done('at-equilibrium', 0, {}, `f(x0) = 0: x0 = ${start} is an equilibrium`);
  const dir = v0 > 0 ? 1 : -1;
  const scale = Math.max(1, Math.abs(start));
  const speed = (x: number) => 1 / Math.abs(g(x));
  let total = 0;
  let error = 0;
  const pieces: number[] = [];

  for (let k = 0; k < MAX_PIECES; k++) {
    const near = k === 0 ? start : start + dir * scale * 2 ** (k - 11);
    const far = start + dir * scale * 2 ** (k - 10);
    if (!Number.isFinite(far) || Math.abs(far) > 1e300) break;
    const [lo, hi] = dir > 0 ? [near, far] : [far, near];
    const scan = locateEquilibria(g, lo, hi, { gridPoints: 33, xtol: undefined, ftol: undefined });
    const ahead = [
      ...scan.equilibria.map((e) => e.x),
      ...scan.equilibriumIntervals.map((r) => (dir > 0 ? r.from : r.to)),
    ].sort((p, q) => dir * (p - q));
    const badAhead = scan.nonFiniteRegions
      .map((r) => (dir > 0 ? r.from : r.to))
      .sort((p, q) => dir * (p - q));
    const eq = ahead[0];
    const bad = badAhead[0];
    const jump = scan.jumps.map((j) => j.x).sort((p, q) => dir * (p - q))[0];
    if (jump !== undefined && [eq, bad].every((other) => other === undefined || dir * (jump - other) < 0)) {
      const q = integrate(speed, Math.min(near, jump), Math.max(near, jump), rtol);
      return done(
        'undetermined',
        dir,
        { time: q.finite ? total + q.value : null, accuracy: q.finite ? error + q.error : null, limit: jump },
        `f jumps over zero at x = ${jump}: x reaches it in finite time and x′ = f(x) has no classical solution past it`,
      );
    }
    if (bad !== undefined && (eq === undefined || dir * (bad - eq) < 0)) {
      const q = integrate(speed, Math.min(near, bad), Math.max(near, bad), rtol);
      const time = q.finite ? total + q.value : null;
      return done(
        'non-finite',
        dir,
        { time, accuracy: q.finite ? error + q.error : null, limit: bad },
        `f is not finite from x = ${bad}`,
      );
    }
    if (eq !== undefined) {
      return done('approaches-equilibrium', dir, { limit: eq }, `x tends to the equilibrium ${eq}`);
    }
    const q = integrate(speed, lo, hi, rtol * 0.01);
    if (!q.finite) return done('undetermined', dir, {}, `f was not finite between ${lo} and ${hi}`);
    total += q.value;
    error += q.error;
    pieces.push(q.value);
    const m = pieces.length;
    if (m < 6 || Math.abs(far - start) < 16 * scale) continue;
    const ratios = [
      pieces[m - 1]! / pieces[m - 2]!,
      pieces[m - 2]! / pieces[m - 3]!,
      pieces[m - 3]! / pieces[m - 4]!,
    ];
    const worst = Math.max(...ratios);
    if (worst < 0.98) {
      const tail = (q.value * worst) / (1 - worst);
      if (tail <= rtol * total) {
        return done(
          'blow-up',
          dir,
          { time: total + tail, accuracy: error + tail },
          `|x| reaches ∞ in finite time`,
        );
      }
    } else if (
      Math.min(...ratios, pieces[m - 4]! / pieces[m - 5]!, pieces[m - 5]! / pieces[m - 6]!) >= 0.999
    ) {
      return done(
        'unbounded',
        dir,
        {},
        'x grows without bound as t → ∞ (each doubling of distance takes no less time)',
      );
    }
  }
  return done(
    'undetermined',
    dir,
    {},
    'could not tell finite-time blow-up from unbounded growth up to |x| = 1e300',
  );
}
