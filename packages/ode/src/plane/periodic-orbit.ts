import { invalidArgument } from '../errors.ts';
import type { SystemProblem } from '../problem.ts';
import {
  checkOptions,
  readArguments,
  requireFunction,
  requireInteger,
  requirePositive,
} from '../validate.ts';
import { readPoint } from './read-point.ts';
import { type Return, returnMap, type Section } from './return-map.ts';

/** Options of {@link periodicOrbit}. */
export interface PeriodicOrbitOptions {
  /** Longest time to wait for one return to the section (default 1000). */
  maxTime?: number;
  /** Newton iterations on the return map, at most three return-map evaluations each (default 40). */
  maxIterations?: number;
  /** dopri5's relative tolerance (default 1e-10; the period is checked again at rtol/100). */
  rtol?: number;
  /** dopri5's step cap per return (default 100 000). */
  maxSteps?: number;
}

/** What {@link periodicOrbit} found. */
export interface PeriodicOrbitResult {
  /**
   * `limit-cycle`: an isolated periodic orbit (the return map has a fixed point with multiplier ≠ 1 nearby);
   * `closed-orbit`: the orbit through the start closes, and so do its neighbours (a family, as around a center of
   * Lotka–Volterra or the undamped pendulum: the return map is the identity); `none-found`: see `message`.
   */
  kind: 'limit-cycle' | 'closed-orbit' | 'none-found';
  /** The period (null when none found). */
  period: number | null;
  /** An estimate of the period's error: its change when computed again at rtol/100. */
  accuracy: number | null;
  /** A point of the orbit, on the section. */
  point: [number, number] | null;
  /** P′(s*), the return map's slope at its fixed point: |m| < 1 attracts, > 1 repels; ≈ 1 for closed orbits. */
  multiplier: number | null;
  /** Return-map evaluations made. */
  returns: number;
  message: string;
  nfev: number;
}

const OPTIONS = ['maxTime', 'maxIterations', 'rtol', 'maxSteps'] as const;

/**
 * Looks for a periodic orbit of a planar autonomous system from `problem.x0`: a Poincaré section is the line
 * through x0 across the flow there; the fixed point P(s*) = s* of the first-return map P(s) along it (dopri5 with a
 * terminal event) is found by Newton's method on P(s) − s with a difference-quotient slope (plain iteration for an
 * attracting cycle, a direct step back for a repelling one), steps halved while their orbit does not return. Then P′(s*) is measured by a central difference: when P(s* ± Δ) = s* ± Δ too, the
 * orbit belongs to a family of closed orbits (`closed-orbit`, with the period of the one through the point),
 * otherwise it is a `limit-cycle`. Numerical outcomes are statuses: no return (a spiral into a focus, an orbit
 * leaving to infinity) or no convergence within `maxIterations` give `none-found` with a message; every loop is
 * bounded by maxIterations, maxTime and maxSteps.
 *
 * Bad input throws `PhaseflowError`: a problem without a function f or a finite 2-D x0, a bad option.
 *
 * @example
 * ```ts
 * const vdp = (x, _t, d) => { d[0] = x[1]; d[1] = (1 - x[0] ** 2) * x[1] - x[0]; };
 * periodicOrbit({ f: vdp, x0: [2, 0] }); // { kind: 'limit-cycle', period: 6.66328686…, multiplier: 0.00086…, … }
 * ```
 */
export function periodicOrbit(
  problem: Pick<SystemProblem, 'f' | 'x0'>,
  options?: PeriodicOrbitOptions,
): PeriodicOrbitResult {
  const { f, x0 } = readArguments('problem', () => {
    if (problem === null || typeof problem !== 'object')
      throw invalidArgument('problem', 'must be an object { f, x0 }', problem);
    return {
      f: requireFunction<SystemProblem['f']>('problem.f', problem.f),
      x0: readPoint('problem.x0', problem.x0),
    };
  });
  const opts = checkOptions('options', options, OPTIONS) as PeriodicOrbitOptions;
  const maxTime = opts.maxTime === undefined ? 1000 : requirePositive('options.maxTime', opts.maxTime);
  const maxIterations =
    opts.maxIterations === undefined ? 40 : requireInteger('options.maxIterations', opts.maxIterations, 3);
  const rtol = opts.rtol === undefined ? 1e-10 : requirePositive('options.rtol', opts.rtol);
  const maxSteps =
    opts.maxSteps === undefined ? 100_000 : requireInteger('options.maxSteps', opts.maxSteps, 1);

  let nfev = 0;
  let returns = 0;
  const none = (message: string): PeriodicOrbitResult => ({
    kind: 'none-found',
    period: null,
    accuracy: null,
    point: null,
    multiplier: null,
    returns,
    message,
    nfev,
  });
  const d = new Float64Array(2);
  f(Float64Array.from(x0), 0, d);
  nfev++;
  const speed = Math.hypot(d[0]!, d[1]!);
  if (!Number.isFinite(speed)) return none('f is not finite at x0');
  if (speed === 0) return none('x0 is a fixed point: no orbit passes through it');
  const normal: [number, number] = [d[0]! / speed, d[1]! / speed];
  const section: Section = { origin: x0, normal, along: [-normal[1], normal[0]] };
  const scale = Math.max(1e-300, Math.hypot(x0[0], x0[1]), speed);
  const limits = { maxTime, rtol, atol: rtol * 1e-2 * Math.min(1, scale), scale, maxSteps };
  // Returns agree to about 10³·rtol of the orbit's size: closer than that, s is a fixed point of P.
  const tolS = 1e3 * rtol * scale;
  const P = (s: number, tighter = false): Return | null => {
    if (returns >= 3 * maxIterations + 4) return null;
    returns++;
    const r = returnMap(
      f,
      section,
      s,
      tighter ? { ...limits, rtol: rtol / 100, atol: limits.atol / 100 } : limits,
    );
    if (r !== null) nfev += r.nfev;
    return r;
  };

  // Newton on G(s) = P(s) − s with a difference quotient for G′ = P′ − 1: for an attracting cycle (P′ ≈ 0) the
  // step is about plain iteration, for a repelling one (P′ ≫ 1) it goes straight back to s*, where iteration
  // would run away. A step is capped at a quarter of the scale and halved while its orbit does not return.
  let s1 = 0;
  let r1 = P(s1);
  if (r1 === null) return none('the orbit from x0 does not return to the section through x0 within maxTime');
  for (let k = 0; k < maxIterations && r1 !== null && Math.abs(r1.s - s1) > tolS; k++) {
    const G = r1.s - s1;
    let h = Math.max(Math.min(Math.abs(G), 1e-3 * scale), 10 * tolS);
    let probe = P(s1 + h);
    if (probe === null) {
      h = -h;
      probe = P(s1 + h);
    }
    if (probe === null) break;
    const slope = (probe.s - (s1 + h) - G) / h;
    let step = -G / slope;
    if (!Number.isFinite(step)) step = G;
    step = Math.sign(step) * Math.min(Math.abs(step), 0.25 * scale);
    let next = P(s1 + step);
    for (let halving = 0; halving < 6 && next === null; halving++) {
      step /= 2;
      next = P(s1 + step);
    }
    if (next === null) break;
    s1 += step;
    r1 = next;
  }
  const point: [number, number] = [x0[0] + s1 * section.along[0], x0[1] + s1 * section.along[1]];
  f(Float64Array.from(point), 0, d);
  nfev++;
  if (Math.hypot(d[0]!, d[1]!) <= 1e-6 * speed)
    return none('the return map converged to a fixed point of f, not to an orbit');
  // Δ for the central difference: 10⁻⁴ of the scale, shrunk (up to 3 times) while the neighbours do not return or
  // P′·Δ leaves the linear range, as next to a strongly repelling cycle.
  let delta = Math.max(1e-4 * scale, 10 * tolS);
  let plus = P(s1 + delta);
  let minus = P(s1 - delta);
  for (let k = 0; k < 3; k++) {
    const m =
      plus !== null && minus !== null ? Math.abs((plus.s - minus.s) / (2 * delta)) : Number.POSITIVE_INFINITY;
    if (m * delta <= 1e-3 * scale) break;
    delta = Math.max(delta / Math.max(10, Math.min(m, 1e6)), 10 * tolS);
    plus = P(s1 + delta);
    minus = P(s1 - delta);
  }
  const tight = P(s1, true);
  if (plus === null || minus === null || tight === null) {
    return none(
      'the orbits next to the one found do not return: it cannot be told apart from a boundary of the map',
    );
  }
  const multiplier = (plus.s - minus.s) / (2 * delta);
  const family = Math.abs(plus.s - s1 - delta) <= tolS && Math.abs(minus.s - s1 + delta) <= tolS;
  // s1 is within tolS of the fixed point s* ≈ s1 + (P(s1) − s1)/(1 − m); the return time changes along the section
  // at the rate T′ = dT/ds, so the period at s* is corrected by T′·(s* − s1), and that shift counts in the error.
  const slope = (plus.time - minus.time) / (2 * delta);
  const shift = family ? 0 : (tight.s - s1) / (1 - multiplier);
  const correction = Number.isFinite(shift) ? slope * shift : 0;
  return {
    kind: family ? 'closed-orbit' : 'limit-cycle',
    period: tight.time + correction,
    accuracy: Math.abs(tight.time - r1.time) + Math.abs(correction),
    point,
    multiplier,
    returns,
    message: family
      ? 'the orbit closes and so do its neighbours: a family of closed orbits (the return map is the identity)'
      : `a limit cycle, ${Math.abs(multiplier) < 1 ? 'attracting' : 'repelling'} (|P′(s*)| = ${Math.abs(multiplier)})`,
    nfev,
  };
}
