import { rk4, type SystemRhs, solve } from '@phaseflow/ode';

/** g/ℓ for a 1 m pendulum on Earth (g = 9.81 m/s²). */
export const G_OVER_L = 9.81;

/** θ′ = ω, ω′ = −(g/ℓ) sin θ: Newton's second law for the pendulum as a first-order system. */
export const pendulum: SystemRhs = (state, _t, dxdt) => {
  dxdt[0] = state[1]!;
  dxdt[1] = -G_OVER_L * Math.sin(state[0]!);
};

/**
 * The pendulum released at rest from θ0 radians, solved with RK4 at h = 0.01 s on [0, t1].
 *
 * @example
 * ```ts
 * solvePendulum(Math.PI / 2, 10).status; // 'success'
 * ```
 */
export function solvePendulum(theta0: number, t1: number) {
  return solve({ f: pendulum, x0: [theta0, 0], t1 }, rk4({ h: 0.01 }));
}

/**
 * The period read off a solution: the time between the first and third zero of θ, each located by linear
 * interpolation between grid points. NaN when fewer than three zeros were computed.
 *
 * @example
 * ```ts
 * measuredPeriod(solvePendulum(Math.PI / 2, 12)); // 2.36784... (exact: 2.367842)
 * ```
 */
export function measuredPeriod(sol: { t: Float64Array; x: Float64Array }): number {
  const zeros: number[] = [];
  for (let k = 0; k + 1 < sol.t.length && zeros.length < 3; k++) {
    const a = sol.x[2 * k]!;
    const b = sol.x[2 * k + 2]!;
    if (a > 0 !== b > 0) zeros.push(sol.t[k]! + ((sol.t[k + 1]! - sol.t[k]!) * a) / (a - b));
  }
  return zeros.length === 3 ? zeros[2]! - zeros[0]! : Number.NaN;
}

/**
 * The exact period of the pendulum released from rest at θ0: 2π√(ℓ/g) / AGM(1, cos(θ0/2)), the complete
 * elliptic integral written through the arithmetic–geometric mean (it converges quadratically).
 *
 * @example
 * ```ts
 * exactPeriod(0);           // 2.0060666807106475 (= 2π/√9.81, the small-angle period)
 * exactPeriod(Math.PI / 2); // 2.3678419475762373
 * ```
 */
export function exactPeriod(theta0: number): number {
  let a = 1;
  let b = Math.cos(theta0 / 2);
  for (let i = 0; i < 40 && a !== b; i++) [a, b] = [(a + b) / 2, Math.sqrt(a * b)];
  return (2 * Math.PI) / Math.sqrt(G_OVER_L) / a;
}
