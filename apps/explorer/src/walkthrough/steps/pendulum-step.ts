import type { StepView, WalkthroughStep } from '../step.ts';
import { linspace } from '../traces/linspace.ts';
import { exactPeriod, G_OVER_L, measuredPeriod, solvePendulum } from '../traces/pendulum-period.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';

const DEGREES = [10, 20, 30, 45, 60, 90, 120, 150, 170] as const;
const T1 = 12;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

function view(degrees: number): StepView {
  const theta0 = toRadians(degrees);
  const sol = solvePendulum(theta0, T1);
  const theta = new Float64Array(sol.t.length);
  for (let k = 0; k < sol.t.length; k++) theta[k] = (sol.x[2 * k]! * 180) / Math.PI;
  const ts = linspace(0, T1, 481);
  const omega = Math.sqrt(G_OVER_L);
  const small = ts.map((t) => degrees * Math.cos(omega * t));
  const rows = [...new Set([10, 45, 90, 150, degrees])]
    .sort((a, b) => a - b)
    .map((d) => {
      const measured = measuredPeriod(solvePendulum(toRadians(d), T1));
      const exact = exactPeriod(toRadians(d));
      return [d, measured, exact, measured - exact, exactPeriod(0)];
    });
  const measured = measuredPeriod(sol);
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        x: sol.t,
        y: theta,
        name: 'θ(t), RK4 on the nonlinear system',
        line: { color: COLORS.curve, width: 3 },
      },
      {
        type: 'scatter',
        mode: 'lines',
        x: ts,
        y: small,
        name: 'θ₀ cos(√(g/ℓ) t), small-angle approximation',
        line: { color: COLORS.highlight, dash: 'dash' },
      },
    ],
    layout: plotLayout('time t (s)', 'angle θ (degrees)', { yaxis: { range: [-180, 180] } }),
    plotLabel: `The pendulum's angle over 12 seconds after release from ${degrees} degrees, beside the small-angle approximation`,
    readout: `Released from ${degrees}°: period ${measured.toFixed(4)} s from the RK4 solution, ${exactPeriod(theta0).toFixed(4)} s exactly; the small-angle formula says ${exactPeriod(0).toFixed(4)} s.`,
    table: {
      caption:
        'Period of the pendulum (ℓ = 1 m, g = 9.81 m/s²): measured on the RK4 solution vs the exact formula',
      columns: [
        { label: 'θ₀ (°)', format: 'text' },
        { label: 'RK4 period (s)', format: 'fixed4' },
        { label: 'exact period (s)', format: 'fixed4' },
        { label: 'difference (s)', format: 'sig3' },
        { label: 'small-angle 2π√(ℓ/g) (s)', format: 'fixed4' },
      ],
      rows,
    },
  };
}

/** Step 2: Newton's second law turns the pendulum into a differential equation. */
export const pendulumStep: WalkthroughStep = {
  id: 'pendulum',
  title: "Newton's second law is a differential equation",
  prose: [
    "Newton's second law, force equals mass times acceleration, fixes the second derivative of the position. When the force depends on where the object is, the law becomes an equation whose unknown is the motion itself: a differential equation. Its solution is not a number but a whole function of time.",
    'Take a pendulum: a mass on a rod of length ℓ at angle θ(t) from the vertical. Along the arc, gravity pulls with −mg sin θ and the acceleration is ℓθ″, so mℓθ″ = −mg sin θ and the mass drops out. Naming the angular velocity ω = θ′ splits this second-order equation into two first-order ones, a state (θ, ω) and its rate of change, which is the form every solver in phaseflow expects.',
    'The plot solves that system with the classical fourth-order Runge–Kutta method (RK4, h = 0.01 s) for ℓ = 1 m and g = 9.81 m/s², next to the textbook small-angle formula θ₀ cos(√(g/ℓ) t). Small swings agree; release the pendulum higher and the real one lags behind, because its period grows with the amplitude. The table checks the period measured on the numerical solution against the exact one, 2π√(ℓ/g) / AGM(1, cos(θ₀/2)).',
  ],
  equation: String.raw`\theta'' = -\frac{g}{\ell}\sin\theta \quad\Longleftrightarrow\quad \begin{cases} \theta' = \omega \\ \omega' = -\dfrac{g}{\ell}\sin\theta \end{cases}`,
  control: {
    name: 'theta0',
    label: 'release angle θ₀',
    values: DEGREES,
    initial: 90,
    format: (degrees) => `${degrees}°`,
  },
  view,
  // The pendulum is a 2-D flow (θ, ω): the plane view shows it, with ω′ = −(g/ℓ) sin θ and the release angle as the
  // start, where the closed orbit through it is traced and its period given beside the table's.
  explorer: (degrees) => ({
    view: 'plane',
    example: 'custom',
    fx: 'y',
    fy: `-${G_OVER_L}*sin(x)`,
    xMin: -3.5,
    xMax: 3.5,
    yMin: -7,
    yMax: 7,
    tx: Number(toRadians(degrees).toFixed(4)),
    ty: 0,
    span: 5,
  }),
};
