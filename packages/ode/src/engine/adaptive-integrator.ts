import { describeValue, PhaseflowError } from '../errors.ts';
import { type AdaptiveKernel, adaptiveKernel } from './adaptive-kernel.ts';
import {
  buildContinuousExtension,
  continuousExtensionRows,
  evaluateContinuousExtension,
} from './continuous-extension.ts';
import type { Integrator } from './integrator.ts';
import type { AdaptiveMethod } from './method.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import type { DenseOutput } from './solution.ts';
import { acceptedError, initialStep, MIN_FACTOR, stepFactor } from './step-control.ts';

// The last step is stretched to land on t1 when t1 is within this fraction of a step beyond (Hairer's 1.01).
const STRETCH = 1.01;
// A step below this many spacings of t is too small: a singularity or finite-time blow-up.
const MIN_STEP_SPACINGS = 10;
// So is a step still rejected below this many: its stage times t + c·h are rounded by more than 0.05% of h, so the
// error estimate no longer measures the method's error. Without this rule dop853 stepped over the pole of
// x′ = 1/(1 − t) in 15 of 2,000 random runs, once its steps had crept to within a few hundred spacings of it.
const RESOLVED_STEP_SPACINGS = 1000;

/**
 * An adaptive run of an embedded pair: trial steps by the pair's kernel, the PI controller, and the interpolant of
 * each accepted step. The interpolant is built from the live stages when `eagerDense` (events or tEval need every
 * step's), and otherwise rebuilt on demand by repeating the step from its stored start, which gives the same numbers
 * bit for bit because the step is the same computation on the same inputs.
 */
export function adaptiveIntegrator(
  p: NormalizedProblem,
  method: AdaptiveMethod,
  maxSteps: number,
  eagerDense: boolean,
): Integrator {
  const { t0, t1, dim } = p;
  const { tableau } = method;
  const atol = perComponent('atol', method.atol, dim);
  const rtol = perComponent('rtol', method.rtol, dim);
  const rhs = p.scalar
    ? (x: Float64Array, t: number, out: Float64Array) => {
        out[0] = p.f(x[0]!, t);
      }
    : p.f;
  const kernel = adaptiveKernel(tableau, p, atol, rtol);
  const s = tableau.b.length;
  const direction = t1 >= t0 ? 1 : -1;
  const span = Math.abs(t1 - t0);
  const maxStep = Math.min(method.maxStep ?? span, span);
  const rowCount = continuousExtensionRows(tableau);
  const rows = new Float64Array(rowCount * dim);
  const scratch = new Float64Array(dim);
  let cachedStep = -1;
  let replay: AdaptiveKernel | undefined;
  const replayStart = new Float64Array(dim);

  let capacity = 64;
  let t = t0;
  const x = Float64Array.from(p.x0);
  let hAbs = 0;
  let previousErr = 0;
  let trials = 0;
  let lastEnd = Number.NaN; // the end of the last step when a terminal event cut it short
  let rejectedLast = false;

  const it: Integrator = {
    status: 'running',
    message: '',
    n: 0,
    ts: new Float64Array(capacity),
    xs: new Float64Array(capacity * dim),
    nfev: p.nfev,
    naccept: 0,
    nreject: 0,
    advance() {
      if (it.status === 'running') step();
    },
    dense(time, k, out, offset) {
      if (k !== cachedStep) rebuild(k);
      const ta = it.ts[k]!;
      const tb = k === it.n - 1 && !Number.isNaN(lastEnd) ? lastEnd : it.ts[k + 1]!;
      evaluateContinuousExtension(rows, rowCount, dim, (time - ta) / (tb - ta), out, offset);
    },
    truncate(time, state) {
      lastEnd = it.ts[it.n]!;
      it.ts[it.n] = time;
      it.xs.set(state, it.n * dim);
    },
    finalDense() {
      return it.dense as DenseOutput;
    },
  };
  it.ts[0] = t0;
  it.xs.set(x);
  const end = (status: Integrator['status'], message: string) => {
    it.status = status;
    it.message = message;
  };

  const k1 = kernel.k[0]!;
  rhs(x, t0, k1);
  it.nfev++;
  if (t1 === t0) end('success', `t1 = t0 = ${t0}: nothing to integrate`);
  else if (!allFinite(k1)) end('non-finite', `f is not finite at t0 = ${t0}, x0`);
  else if (method.firstStep !== undefined) hAbs = Math.min(method.firstStep, maxStep);
  else {
    hAbs = initialStep(rhs, t0, x, k1, direction, tableau.order, maxStep, atol, rtol, span);
    it.nfev++;
  }

  function step(): void {
    let nonFinite = false;
    for (;;) {
      if (trials >= maxSteps) {
        end('max-steps', `stopped after maxSteps = ${maxSteps} trial steps at t = ${t}, before t1 = ${t1}`);
        return;
      }
      hAbs = Math.min(hAbs, maxStep);
      const remaining = Math.abs(t1 - t);
      const last = hAbs * STRETCH >= remaining;
      const tNew = last ? t1 : t + direction * hAbs;
      const minStep = MIN_STEP_SPACINGS * spacing(t);
      if (!last && hAbs < minStep) {
        stopTooSmall(nonFinite);
        return;
      }
      const h = tNew - t;
      const err = kernel.trial(t, h, tNew, x);
      trials++;
      it.nfev += kernel.trialEvaluations;
      if (err <= 1) {
        hAbs =
          Math.abs(h) * stepFactor(err, previousErr, tableau.errorOrder, tableau.controlBeta, rejectedLast);
        previousErr = acceptedError(err);
        rejectedLast = false;
        it.nfev += kernel.finish(tNew);
        accept(t, h, tNew);
        return;
      }
      it.nreject++;
      rejectedLast = true;
      nonFinite = Number.isNaN(err);
      hAbs =
        Math.abs(h) * (nonFinite ? MIN_FACTOR : stepFactor(err, previousErr, tableau.errorOrder, 0, true));
      if (!last && hAbs < RESOLVED_STEP_SPACINGS * spacing(t)) {
        stopTooSmall(nonFinite);
        return;
      }
    }
  }

  function stopTooSmall(nonFinite: boolean): void {
    if (nonFinite) {
      end(
        'non-finite',
        `every trial step from t = ${t} gave a non-finite state, down to h = ${hAbs}; stopped at the last finite point`,
      );
    } else {
      end(
        'step-too-small',
        `the step size fell to ${hAbs} at t = ${t}, below ten spacings of t (a singularity or finite-time blow-up?)`,
      );
    }
  }

  function accept(tOld: number, h: number, tNew: number): void {
    if (it.n + 2 > capacity) grow();
    const n = it.n;
    if (eagerDense) {
      it.nfev += buildContinuousExtension(
        tableau,
        rhs,
        dim,
        tOld,
        h,
        x,
        kernel.xNew,
        kernel.k,
        scratch,
        rows,
      );
      cachedStep = n;
    }
    it.ts[n + 1] = tNew;
    it.xs.set(kernel.xNew, (n + 1) * dim);
    it.n = n + 1;
    it.naccept++;
    x.set(kernel.xNew);
    k1.set(kernel.k[s - 1]!);
    t = tNew;
    if (tNew === t1) end('success', `reached t1 = ${t1} in ${it.naccept} steps (${it.nreject} rejected)`);
    else if (!allFinite(k1))
      end('non-finite', `f is not finite at t = ${t}; stopped at the last finite point`);
  }

  function rebuild(k: number): void {
    replay ??= adaptiveKernel(tableau, p, atol, rtol);
    const ta = it.ts[k]!;
    const tb = k === it.n - 1 && !Number.isNaN(lastEnd) ? lastEnd : it.ts[k + 1]!;
    for (let i = 0; i < dim; i++) replayStart[i] = it.xs[k * dim + i]!;
    rhs(replayStart, ta, replay.k[0]!);
    replay.trial(ta, tb - ta, tb, replayStart);
    replay.finish(tb);
    buildContinuousExtension(
      tableau,
      rhs,
      dim,
      ta,
      tb - ta,
      replayStart,
      replay.xNew,
      replay.k,
      scratch,
      rows,
    );
    cachedStep = k;
  }

  function grow(): void {
    capacity *= 2;
    const ts = new Float64Array(capacity);
    const xs = new Float64Array(capacity * dim);
    ts.set(it.ts);
    xs.set(it.xs);
    it.ts = ts;
    it.xs = xs;
  }

  return it;
}

function allFinite(v: Float64Array): boolean {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]!;
  return sum - sum === 0;
}

/** The gap between t and the next double away from zero (at least the smallest normal double's). */
function spacing(t: number): number {
  return Math.max(Math.abs(t) * Number.EPSILON, 2.2250738585072014e-308);
}

function perComponent(name: string, value: number | Float64Array, dim: number): Float64Array {
  if (typeof value === 'number') return new Float64Array(dim).fill(value);
  if (value.length !== dim) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`method.${name}\` must have one entry per component of x0 (${dim}). Value: \`${describeValue(value)}\`.`,
    );
  }
  return value;
}
