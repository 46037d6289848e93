import { rk4, solve } from '@phaseflow/ode';
import type { Section } from '../output/report.ts';

/** Step 1: secant slopes of x(t) = t² at t = 1 approach the speed x′(1) = 2 as the interval shrinks. */
export function derivativeStep(): Section {
  const x = (t: number) => t * t;
  const rows = [1, 0.5, 0.1, 0.01, 0.001].map((dt) => {
    const slope = (x(1 + dt) - x(1)) / dt;
    const acceleration = (x(1 + dt) - 2 * x(1) + x(1 - dt)) / (dt * dt);
    return [dt, slope, slope - 2, acceleration];
  });
  return {
    title: '1. The derivative is a speed',
    text: [
      'An object at position x(t) = t² moves a distance x(1 + Δt) − x(1) in the time Δt after t = 1.',
      'Their ratio, the average speed, is the slope of the secant; as Δt shrinks it tends to the tangent slope',
      'x′(1) = 2, the speed at the instant t = 1. The second difference tends to x″ = 2, the acceleration.',
    ],
    tables: [{ name: 'secants', columns: ['Δt', 'average speed', 'minus x′(1)', 'second difference'], rows }],
  };
}

/** Step 2: the pendulum θ″ = −sin θ (g/L = 1) as a first-order system, solved by RK4; energy barely drifts. */
export function newtonStep(): Section {
  const theta0 = Math.PI / 4;
  const solution = solve(
    {
      f: (y: Float64Array, _t: number, dydt: Float64Array) => {
        dydt[0] = y[1]!;
        dydt[1] = -Math.sin(y[0]!);
      },
      x0: [theta0, 0],
      t1: 10,
    },
    rk4({ h: 0.01 }),
  );
  const energy = (theta: number, omega: number) => (omega * omega) / 2 - Math.cos(theta);
  const e0 = energy(theta0, 0);
  const rows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((t) => {
    const [theta, omega] = solution.at(t) as Float64Array;
    return [t, theta!, omega!, energy(theta!, omega!) - e0];
  });
  return {
    title: "2. Newton's second law is a differential equation",
    text: [
      'Force is mass times acceleration, so a law of force is an equation for the second derivative of position.',
      'For a pendulum of length L, θ″ = −(g/L)·sin θ. Writing ω = θ′ gives a first-order system: θ′ = ω, ω′ = −sin θ',
      `(here g/L = 1). Released at θ = π/4 and solved with RK4 at h = 0.01, the energy ω²/2 − cos θ stays put:`,
    ],
    tables: [{ name: 'pendulum', columns: ['t', 'θ', 'ω', 'energy change'], rows }],
  };
}

/** Step 3: x′ = x has one solution x0·eᵗ per initial value; RK4 reproduces the family. */
export function exponentialStep(): Section {
  const starts = [-1, 0.5, 1, 2];
  const solutions = starts.map((x0) => solve({ f: (x: number) => x, x0, t1: 3 }, rk4({ h: 0.01 })));
  const times = [0, 1, 2, 3];
  const rows = times.map((t) => [t, ...solutions.map((s) => s.at(t))]);
  let worst = 0;
  starts.forEach((x0, i) => {
    for (const t of times)
      worst = Math.max(worst, Math.abs(solutions[i]!.at(t) - x0 * Math.exp(t)) / Math.abs(x0 * Math.exp(t)));
  });
  return {
    title: '3. Exponential growth: x′ = x',
    text: [
      'A colony of size x with room and food for all grows at a rate equal to its size: x′ = x.',
      'Every x(t) = x0·eᵗ solves it, one solution for each starting size x0. RK4 (h = 0.01) for four of them;',
      `the largest relative difference from x0·eᵗ in the table is ${worst.toExponential(2)}.`,
    ],
    tables: [{ name: 'family', columns: ['t', ...starts.map((x0) => `x0 = ${x0}`)], rows }],
  };
}
