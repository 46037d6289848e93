import { invalidArgument } from '../errors.ts';
import type { Method } from './method.ts';

function isFiniteArray(value: unknown, length?: number): value is readonly number[] {
  return (
    Array.isArray(value) &&
    (length === undefined || value.length === length) &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

/**
 * Throws `ERR_INVALID_ARG` unless `method` is a method `solve` can run: one made by a factory (`rk4({ h })`,
 * `dopri5()`), or a fixed-step method built by hand around any explicit tableau — methods are data, so a custom
 * tableau `{ kind: 'fixed-step', tableau, h }` is welcome as long as it is well formed. Adaptive methods run on
 * kernels written for their own pairs, so they must come from dopri5() or dop853().
 */
export function requireMethod(method: unknown): Method {
  const m = method as Partial<Method> | null;
  if (m === null || typeof m !== 'object' || (m.kind !== 'fixed-step' && m.kind !== 'adaptive')) {
    throw invalidArgument('method', 'must be a method such as rk4({ h: 0.1 }) or dopri5()', method);
  }
  if (m.kind === 'adaptive') {
    // The factories attach the integrator that runs their pair (`start`); solve does not import it, so that
    // fixed-step-only bundles stay small. A method without one was not made by dopri5() or dop853().
    const start = (m as { start?: unknown }).start;
    if (typeof start !== 'function' || m.tableau === null || typeof m.tableau !== 'object') {
      throw invalidArgument('method', 'must come from dopri5() or dop853() when adaptive', method);
    }
    return m as Method;
  }
  const h = (m as { h?: unknown }).h;
  if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0) {
    throw invalidArgument('method.h', 'must be a positive finite number', h);
  }
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
  return m as Method;
}
