const SAFETY = 0.9;
/** The step changes per trial by a factor in [1/MAX_SHRINK, MAX_GROWTH] (rodas.f's FAC1 = 5 and 1/FAC2 = 6). */
const MAX_SHRINK = 5;
const MAX_GROWTH = 6;
/** Floor on the last accepted error, as in rodas.f. */
const MIN_PREVIOUS_ERROR = 1e-2;
/** The shrink after a rejected first step, which carries no information on the error's scale yet (rodas.f). */
const FIRST_REJECT_FACTOR = 0.1;

/**
 * Step-size control of Hairer's RODAS: the classical rule h·(SAFETY / err^(1/4)), clamped, and on accepted steps
 * Gustafsson's predictive controller, which takes the smaller of the two proposals. The predictor compares the
 * error's trend between accepted steps, which keeps a stiff run from the reject–accept oscillation of the classical
 * rule. After a rejection the next accepted step may not grow.
 * @example
 * ```ts
 * const c = new GustafssonController();
 * c.accepted(0.1, 0.5, false); // 1.0498... = 0.9 / 0.5^(1/4): the first step has no predictor
 * ```
 */
export class GustafssonController {
  private hPrevious = 0;
  private errPrevious = 0;

  /** Factor for |h| after an accepted trial of size hAbs with error norm err ≤ 1. */
  accepted(hAbs: number, err: number, afterRejection: boolean): number {
    const root = Math.sqrt(Math.sqrt(err));
    let shrink = clamp(root / SAFETY);
    if (this.hPrevious > 0) {
      const predicted = clamp(
        ((this.hPrevious / hAbs) * Math.sqrt(Math.sqrt((err * err) / this.errPrevious))) / SAFETY,
      );
      shrink = Math.max(shrink, predicted);
    }
    this.hPrevious = hAbs;
    this.errPrevious = Math.max(MIN_PREVIOUS_ERROR, err);
    const factor = 1 / shrink;
    return afterRejection ? Math.min(1, factor) : factor;
  }

  /** Factor for |h| after a rejected trial (err > 1), `accepted` steps into the run. */
  rejected(err: number, accepted: number): number {
    return accepted === 0 ? FIRST_REJECT_FACTOR : 1 / clamp(Math.sqrt(Math.sqrt(err)) / SAFETY);
  }
}

/** The shrink factor 1/(new h / h), kept within [1/MAX_GROWTH, MAX_SHRINK]. */
function clamp(shrink: number): number {
  return Math.max(1 / MAX_GROWTH, Math.min(MAX_SHRINK, shrink));
}
