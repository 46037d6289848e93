/** Safety factor on the optimal step: aim a little below the step the error estimate predicts. */
export const SAFETY = 0.9;
/** The step changes by at least this factor … */
export const MIN_FACTOR = 0.2;
/** … and at most this one, per step. */
export const MAX_FACTOR = 10;
/** Floor on the previous error in the PI term, as in Hairer's codes (keeps a tiny error from exploding the step). */
const MIN_PREVIOUS_ERROR = 1e-4;
const LOG_MIN_PREVIOUS_ERROR = Math.log(MIN_PREVIOUS_ERROR);

/**
 * The PI step-size controller (Gustafsson; Hairer–Wanner's form in DOPRI5/DOP853): |h| is multiplied by
 * SAFETY·err^(−α)·errPrevious^β, clamped to [MIN_FACTOR, MAX_FACTOR], with α = 1/errorOrder − 0.75·β (`errorOrder`
 * is the power of h the error estimate scales like: 5 for dopri5, 8 for dop853, whose estimate is damped toward
 * order 8) and errPrevious the last accepted error. β = 0 is the classical I controller (DOP853's default in Hairer's code, kept here; its
 * PI form weights β by 0.2 instead of DOPRI5's 0.75). After a rejection only the
 * I part is used, and the next accepted step may not grow: the rejection showed that step was already too large.
 * A class, so that its methods are shared by every run and stay inlined in the stepping loop.
 */
export class PiController {
  private readonly alpha: number;
  private previousLog = Math.log(MIN_PREVIOUS_ERROR);

  constructor(
    errorOrder: number,
    private readonly beta: number,
  ) {
    this.alpha = 1 / errorOrder - 0.75 * beta;
  }

  /** Factor for |h| after an accepted trial with error norm `err` ≤ 1; `afterRejection` forbids growth. */
  accepted(err: number, afterRejection: boolean): number {
    // exp and log rather than powers: one logarithm and one exponential per step (a power costs about twice as
    // much in V8), and the previous error's logarithm is kept for the next step.
    const log = Math.log(err);
    const shrink = Math.exp(this.alpha * log - this.beta * this.previousLog);
    this.previousLog = Math.max(log, LOG_MIN_PREVIOUS_ERROR);
    const factor = 1 / Math.min(1 / MIN_FACTOR, Math.max(1 / MAX_FACTOR, shrink / SAFETY));
    return afterRejection ? Math.min(1, factor) : factor;
  }

  /** Factor for |h| after a rejected trial (err > 1). */
  rejected(err: number): number {
    return 1 / Math.min(1 / MIN_FACTOR, Math.exp(this.alpha * Math.log(err)) / SAFETY);
  }
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
