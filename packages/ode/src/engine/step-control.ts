/** Safety factor on the optimal step: aim a little below the step the error estimate predicts. */
export const SAFETY = 0.9;
/** The step changes by at least this factor … */
export const MIN_FACTOR = 0.2;
/** … and at most this one, per step. */
export const MAX_FACTOR = 10;
/** Floor on the previous error in the PI term, as in Hairer's codes (keeps a tiny error from exploding the step). */
const MIN_PREVIOUS_ERROR = 1e-4;

/**
 * The PI step-size controller (Gustafsson; Hairer–Wanner's form in DOPRI5/DOP853): the factor by which to multiply
 * |h| after a trial with error norm `err` (≤ 1 accepted), given the previous accepted error and the power of h the
 * error estimate scales like (`errorOrder`: 5 for dopri5, 8 for dop853, whose estimate is damped toward order 8). `beta` = 0 gives the classical I controller. After a rejection only the I part is used and the step
 * cannot grow (`rejected`), since the error just told us the current step is already too large.
 */
export function stepFactor(
  err: number,
  previousErr: number,
  errorOrder: number,
  beta: number,
  rejected: boolean,
): number {
  const exponent = 1 / errorOrder - 0.75 * beta;
  const scale = err ** exponent;
  if (err > 1) return 1 / Math.min(1 / MIN_FACTOR, scale / SAFETY);
  const factor = scale / Math.max(previousErr, MIN_PREVIOUS_ERROR) ** beta;
  const clamped = Math.min(1 / MIN_FACTOR, Math.max(1 / MAX_FACTOR, factor / SAFETY));
  return rejected ? Math.min(1, 1 / clamped) : 1 / clamped;
}

/** The previous error the next PI step will use. */
export function acceptedError(err: number): number {
  return Math.max(err, MIN_PREVIOUS_ERROR);
}

/**
 * Hairer's initial step (HINIT in DOPRI5): an explicit Euler step of size h0 = 0.01·‖x0‖/‖f0‖ estimates the second
 * derivative, and h = (0.01 / max(‖f′‖, ‖f0‖))^(1/(order)) with h ≤ 100·h0 and h ≤ maxStep. One evaluation of f, at
 * t0 ± h0 with |h0| never past the end of the span. Norms are 2-norms scaled by atol + rtol·|x0|, as in HINIT.
 */
export function initialStep(
  rhs: (x: Float64Array, t: number, out: Float64Array) => void,
  t0: number,
  x0: Float64Array,
  f0: Float64Array,
  direction: number,
  order: number,
  maxStep: number,
  atol: Float64Array,
  rtol: Float64Array,
  span: number,
): number {
  const dim = x0.length;
  let dnf = 0;
  let dny = 0;
  for (let i = 0; i < dim; i++) {
    const sk = atol[i]! + rtol[i]! * Math.abs(x0[i]!);
    dnf += (f0[i]! / sk) ** 2;
    dny += (x0[i]! / sk) ** 2;
  }
  let h = dnf <= 1e-10 || dny <= 1e-10 ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
  h = Math.min(h, maxStep, span);
  const x1 = new Float64Array(dim);
  const f1 = new Float64Array(dim);
  for (let i = 0; i < dim; i++) x1[i] = x0[i]! + direction * h * f0[i]!;
  const t1 = direction > 0 ? Math.min(t0 + h, t0 + span) : Math.max(t0 - h, t0 - span);
  rhs(x1, t1, f1);
  let der2 = 0;
  for (let i = 0; i < dim; i++) {
    const sk = atol[i]! + rtol[i]! * Math.abs(x0[i]!);
    der2 += ((f1[i]! - f0[i]!) / sk) ** 2;
  }
  der2 = Math.sqrt(der2) / h;
  const der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
  const h1 = der12 <= 1e-15 ? Math.max(1e-6, h * 1e-3) : (0.01 / der12) ** (1 / order);
  const result = Math.min(100 * h, h1, maxStep);
  // A non-finite estimate (f undefined near x0) falls back to a tiny step; the trial will tell.
  return result > 0 && Number.isFinite(result) ? result : Math.min(1e-6, maxStep);
}
