import type { ParameterBounds } from '../../../state/parameter-bounds.ts';
import type { FormulaParameters } from '../../../state/shared-state.ts';

/** One example system of the plane view: two formulas in x and y, a box and a start for the traced trajectory. */
export interface PlanePreset {
  readonly id: string;
  readonly label: string;
  readonly fx: string;
  readonly fy: string;
  readonly box: readonly [number, number, number, number];
  readonly start: readonly [number, number];
  /** What to look at, in a sentence (shown under the plot). */
  readonly note: string;
  /** The values of its parameters and their slider ranges (a slider each; defaults when absent). */
  readonly params?: FormulaParameters;
  readonly paramBounds?: ParameterBounds;
}

/** The plane view's examples, in the selector's order (the first is the default). */
export const PLANE_PRESETS: readonly PlanePreset[] = [
  {
    id: 'pendulum-damped',
    label: 'Damped pendulum',
    fx: 'y',
    fy: '-sin(x) - 0.5*y',
    box: [-7, 7, -3.5, 3.5],
    start: [-6.5, 3],
    note: 'Bottoms are stable foci, tops saddles; the separatrices of the tops bound the basins of the bottoms.',
  },
  {
    id: 'pendulum',
    label: 'Undamped pendulum',
    fx: 'y',
    fy: '-sin(x)',
    box: [-7, 7, -3.5, 3.5],
    start: [0, 1.5],
    note: 'Energy y²/2 − cos x is conserved: closed orbits around the centers, rotations outside the separatrices.',
  },
  {
    id: 'lotka-volterra',
    label: 'Lotka–Volterra',
    fx: 'a*x - b*x*y',
    fy: 'c*x*y - d*y',
    box: [-0.5, 9, -0.5, 6],
    start: [1, 1],
    note: 'Predator and prey: a conserved quantity makes every orbit around (d/c, a/b) closed; (3, 2) at the start.',
    params: { a: 1, b: 0.5, c: 0.25, d: 0.75 },
    paramBounds: {
      a: { min: 0, max: 2 },
      b: { min: 0, max: 2 },
      c: { min: 0, max: 2 },
      d: { min: 0, max: 2 },
    },
  },
  {
    id: 'van-der-pol',
    label: 'Van der Pol (μ)',
    fx: 'y',
    fy: 'mu*(1 - x^2)*y - x',
    box: [-4, 4, -4, 4],
    start: [0.5, 0],
    note: 'One attracting limit cycle surrounds the unstable focus at the origin (period 6.6633 at μ = 1); a larger μ makes it a relaxation oscillation.',
    params: { mu: 1 },
    paramBounds: { mu: { min: 0, max: 5 } },
  },
  {
    id: 'competition',
    label: 'Competition',
    fx: 'x*(3 - x - 2*y)',
    fy: 'y*(2 - x - y)',
    box: [-0.5, 3.5, -0.5, 3],
    start: [0.2, 0.25],
    note: 'Rabbits and sheep: the saddle’s stable manifold splits the plane into the basins of two survivors.',
  },
  {
    id: 'fitzhugh-nagumo',
    label: 'FitzHugh–Nagumo',
    fx: 'x - x^3/3 - y + 0.5',
    fy: '0.08*(x + 0.7 - 0.8*y)',
    box: [-2.5, 2.5, -1, 2.5],
    start: [0, 0],
    note: 'A nerve cell: the cubic nullcline makes slow and fast phases, and the spikes repeat on a limit cycle.',
  },
  {
    id: 'gradient',
    label: 'Gradient system',
    fx: '-4*x*(x^2 - 1)',
    fy: '-2*y',
    box: [-2, 2, -1.5, 1.5],
    start: [0.05, 1.4],
    note: 'x′ = −∇F with F = (x² − 1)² + y²: F falls along every orbit (dF/dt = −|∇F|²), so no orbit can come back to its start: no cycles.',
  },
];

/** The preset with this id, or undefined. */
export function planePresetById(id: string): PlanePreset | undefined {
  return PLANE_PRESETS.find((p) => p.id === id);
}
