import type { SystemRhs } from '../src/index.ts';

// The plane view's presets as hand-written right-hand sides, with the parameters their hand analysis uses.

/** θ″ = −sin θ − b·θ′ as (θ, ω): b = 0 undamped, b > 0 damped. */
export const pendulum =
  (b: number): SystemRhs =>
  (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = -Math.sin(x[0]!) - b * x[1]!;
  };

/** Lotka–Volterra x′ = x(α − βy), y′ = y(δx − γ) with α = 1, β = 0.5, γ = 0.75, δ = 0.25: center at (3, 2). */
export const lotkaVolterra: SystemRhs = (x, _t, d) => {
  d[0] = x[0]! * (1 - 0.5 * x[1]!);
  d[1] = x[1]! * (0.25 * x[0]! - 0.75);
};

/** Van der Pol x′ = y, y′ = μ(1 − x²)y − x. */
export const vanDerPol =
  (mu: number): SystemRhs =>
  (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = mu * (1 - x[0]! * x[0]!) * x[1]! - x[0]!;
  };

/** Competition (Strogatz's rabbits and sheep): x′ = x(3 − x − 2y), y′ = y(2 − x − y). */
export const competition: SystemRhs = (x, _t, d) => {
  d[0] = x[0]! * (3 - x[0]! - 2 * x[1]!);
  d[1] = x[1]! * (2 - x[0]! - x[1]!);
};

/** FitzHugh–Nagumo v′ = v − v³/3 − w + I, w′ = ε(v + a − b·w) with a = 0.7, b = 0.8, ε = 0.08, I = 0.5. */
export const FHN = { a: 0.7, b: 0.8, epsilon: 0.08, current: 0.5 };
export const fitzHughNagumo: SystemRhs = (x, _t, d) => {
  const v = x[0]!;
  d[0] = v - (v * v * v) / 3 - x[1]! + FHN.current;
  d[1] = FHN.epsilon * (v + FHN.a - FHN.b * x[1]!);
};

/** The gradient system x′ = −∇F of the double well F(x, y) = (x² − 1)² + y². */
export const doubleWell: SystemRhs = (x, _t, d) => {
  d[0] = -4 * x[0]! * (x[0]! * x[0]! - 1);
  d[1] = -2 * x[1]!;
};
