import type { KernelWorkspace } from './adaptive-kernel.ts';

/** A component must have grown this many times beyond the initial state's scale to count as blowing up. */
const GROWTH = 1000;

/**
 * Ends a run before a finite-time blow-up instead of past it. Near a pole the solution's remaining time is about
 * τ = |x/f| (exactly 1/x for x′ = x²), and the run's accumulated error is a shift in time of about
 * Δ = Σ err·sk/|f| over its steps (each step's error estimate, divided by the speed, is time). Once a component
 * has grown a thousandfold, moving away from zero, and τ falls below Δ, the numerical solution can no longer tell
 * whether the pole is still ahead: the next point might lie past the true blow-up time, so the step is refused.
 */
export class PoleGuard {
  private readonly delta: Float64Array;
  private readonly floor: Float64Array;

  constructor(x0: Float64Array, atol: Float64Array, rtol: Float64Array) {
    const dim = x0.length;
    this.delta = new Float64Array(dim);
    this.floor = new Float64Array(dim);
    let scale = 0;
    for (let i = 0; i < dim; i++) scale = Math.max(scale, Math.abs(x0[i]!));
    // From x0 = 0 the tolerances set the scale (below atol/rtol the absolute tolerance rules).
    for (let i = 0; i < dim; i++) this.floor[i] = GROWTH * (scale > 0 ? scale : atol[i]! / rtol[i]!);
  }

  /** After a trial with error norm `err` from x: false when the step to w.xNew (with f there in `fNew`) is refused. */
  allows(err: number, h: number, x: Float64Array, w: KernelWorkspace, fNew: Float64Array): boolean {
    const { xNew, atol, rtol, dim } = w;
    let allowed = true;
    for (let i = 0; i < dim; i++) {
      const v = xNew[i]!;
      const f = fNew[i]!;
      if (!(v * f > 0)) continue;
      const sk = atol[i]! + rtol[i]! * Math.max(Math.abs(x[i]!), Math.abs(v));
      // A step shifts time by at most its own length (where f is nearly 0, err·sk/|f| says nothing).
      this.delta[i] = this.delta[i]! + Math.min(Math.abs(h), (err * sk) / Math.abs(f));
      if (Math.abs(v) > this.floor[i]! && Math.abs(v / f) < this.delta[i]!) allowed = false;
    }
    return allowed;
  }
}
