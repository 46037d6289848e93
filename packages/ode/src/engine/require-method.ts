import { invalidArgument, invalidReturn } from '../errors.ts';
import { readArguments, requirePositive } from '../validate.ts';
import { fixedStepIntegrator } from './fixed-step-integrator.ts';
import type { IntegratorFactory } from './integrator.ts';
import type { AdaptiveMethod, FixedStepMethod } from './method.ts';
import { readTolerance } from './tolerance.ts';

/** A method checked where it is used: its parameters as read now, and the factory of its integrator. */
export interface CheckedMethod {
  readonly method: object;
  readonly integrator: IntegratorFactory;
}

function isFiniteArray(value: unknown, length?: number): value is readonly number[] {
  return (
    Array.isArray(value) &&
    (length === undefined || value.length === length) &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

/**
 * Throws `ERR_INVALID_ARG` unless `method` is a method `solve` can run, checked now rather than when it was made
 * (its fields may have been spread or changed since): a fixed-step method around any well-formed explicit tableau
 * (its integrator is attached when built by hand), an adaptive method from dopri5() or dop853() with valid
 * tolerances, or any other kind that carries its own `integrator` (and checks its own parameters there).
 */
export function requireMethod(method: unknown): CheckedMethod {
  // Only reading (no user code runs here): a getter or Proxy trap that throws is ERR_INVALID_ARG.
  const checked = readArguments('method', () => readMethod(method));
  const factory = checked.integrator;
  // A method built by hand may carry any factory: what it builds is checked before the stepper leans on it.
  const integrator: IntegratorFactory = (m, problem, settings) => {
    const built: unknown = factory(m, problem, settings);
    const ok = readArguments(
      'method.integrator',
      () =>
        built !== null &&
        typeof built === 'object' &&
        typeof (built as { step?: unknown }).step === 'function' &&
        typeof (built as { status?: unknown }).status === 'string',
    );
    if (!ok)
      throw invalidReturn('method.integrator', 'must return an integrator (an object with step())', built);
    return built as ReturnType<IntegratorFactory>;
  };
  return { method: checked.method, integrator };
}

function readMethod(method: unknown): CheckedMethod {
  const m = method as { kind?: unknown; integrator?: unknown } | null;
  if (m === null || typeof m !== 'object' || typeof m.kind !== 'string') {
    throw invalidArgument('method', 'must be a method such as rk4({ h: 0.1 }) or dopri5()', method);
  }
  if (m.integrator !== undefined && typeof m.integrator !== 'function') {
    throw invalidArgument('method.integrator', 'must be a function when present', m.integrator);
  }
  // The built-in fixed-step integrator runs what it is given: its fields are checked whatever the kind says.
  if (m.integrator === fixedStepIntegrator && m.kind !== 'fixed-step')
    checkFixedStep(m as Partial<FixedStepMethod>);
  if (m.kind === 'fixed-step') {
    checkFixedStep(m as Partial<FixedStepMethod>);
    return { method: m, integrator: (m.integrator as IntegratorFactory | undefined) ?? fixedStepIntegrator };
  }
  if (typeof m.integrator !== 'function') {
    throw invalidArgument(
      'method',
      `must carry its integrator (make it with dopri5(), dop853() or the factory of its kind)`,
      method,
    );
  }
  if (m.kind === 'adaptive') checkAdaptive(m as Partial<AdaptiveMethod>);
  return { method: m, integrator: m.integrator as IntegratorFactory };
}

function checkFixedStep(m: Partial<FixedStepMethod>): void {
  requirePositive('method.h', m.h);
  const t = m.tableau as { a?: unknown; b?: unknown; c?: unknown } | undefined;
  const s = Array.isArray(t?.b) ? t.b.length : 0;
  const wellFormed =
    s > 0 &&
    isFiniteArray(t?.b, s) &&
    isFiniteArray(t?.c, s) &&
    Array.isArray(t?.a) &&
    t.a.length === s &&
    t.a.every((row: unknown, i: number) => isFiniteArray(row) && (row as number[]).length <= i);
  if (!wellFormed) {
    throw invalidArgument(
      'method.tableau',
      'must be an explicit Butcher tableau: b and c of one length s ≥ 1, and s rows of a with row i shorter than i + 1',
      m.tableau,
    );
  }
}

/** The fields an adaptive integrator reads, checked (the adaptive factory runs it too, whatever the kind says). */
export function checkAdaptive(m: Partial<AdaptiveMethod>): void {
  if (m.tableau === null || typeof m.tableau !== 'object') {
    throw invalidArgument('method.tableau', 'must be the embedded pair of dopri5() or dop853()', m.tableau);
  }
  readTolerance('method.rtol', m.rtol, 1e-3, true);
  readTolerance('method.atol', m.atol, 1e-6, false);
  if (m.firstStep !== undefined) requirePositive('method.firstStep', m.firstStep);
  if (m.maxStep !== undefined) requirePositive('method.maxStep', m.maxStep);
}
