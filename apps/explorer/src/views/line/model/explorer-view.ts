import type { EquilibriumKind } from '@phaseflow/ode';
import type { ParameterSlider } from '../../../components/parameter-sliders.ts';
import type { Direction, FormulaKind } from '../state/line-state.ts';

/** How an equilibrium of the 1-D flow behaves: `@phaseflow/ode`'s kinds, imported rather than redeclared. */
export type { EquilibriumKind } from '@phaseflow/ode';

/** A point where the flow vanishes. */
export interface EquilibriumView {
  readonly x: number;
  readonly kind: EquilibriumKind;
  /** For a semi-stable point: the side from which nearby states flow in. */
  readonly attractingSide?: 'left' | 'right';
}

/** A stretch of the phase line on which the flow keeps one sign. */
export interface FlowInterval {
  readonly from: number;
  readonly to: number;
  /** +1: states move right (x increases); −1: they move left. */
  readonly direction: 1 | -1;
}

/** One solution curve x(t) sampled for drawing. */
export interface SolutionCurve {
  readonly x0: number;
  readonly t: Float64Array;
  readonly x: Float64Array;
}

/** Why the iterates stopped, in the optimisers' vocabulary. */
export type IterateStatus = 'converged' | 'max-iterations' | 'diverged' | 'non-finite';

/** The gradient ascent or descent iterates x_0 … x_n with F and F′ at each. */
export interface IteratesView {
  readonly x: Float64Array;
  readonly F: Float64Array;
  readonly dF: Float64Array;
  /** The step size used from x_k to x_{k+1} (length n). */
  readonly stepSizes: Float64Array;
  readonly status: IterateStatus;
  readonly message: string;
}

/**
 * Everything the three panels and the readout draw, computed from the state by the model (pure numbers; the
 * trace builders turn it into plotly traces).
 */
export interface ExplorerView {
  readonly kind: FormulaKind;
  readonly direction: Direction;
  /** The flow's right-hand side g as text: f(x) for an ODE, ∓F′(x) for a potential. */
  readonly flowText: string;
  /** The potential F as text (closed form where known, otherwise "∫f"). */
  readonly potentialText: string;
  /** True when F = ∫₀ˣ f does not exist (f not integrable at 0): the potential panel draws nothing. */
  readonly potentialDiverges?: true;
  readonly xMin: number;
  readonly xMax: number;
  /** Samples over the x window: the flow g(x) and the potential F(x), NaN where undefined. */
  readonly grid: { readonly x: Float64Array; readonly flow: Float64Array; readonly F: Float64Array };
  readonly equilibria: readonly EquilibriumView[];
  readonly intervals: readonly FlowInterval[];
  /** Set when the phase line could not be resolved on this window (too many equilibria): the sentence to show. */
  readonly phaseLineNote?: string;
  /** Set when a computation stopped at its work budget (see resolutionNote): the sentence to show. */
  readonly resolutionNote?: string;
  /** Reference solutions of x′ = g(x) for several starting points; `chosen` is the one from x0. */
  readonly family: readonly SolutionCurve[];
  readonly chosen: SolutionCurve;
  /** Euler's method with h = η from x0: t_k = kη and its points. */
  readonly euler: { readonly t: Float64Array; readonly x: Float64Array };
  readonly iterates: IteratesView;
  /** The time span of the solutions panel. */
  readonly tMax: number;
  /** A slider for each parameter of the formula (none for a formula without parameters). */
  readonly parameters: readonly ParameterSlider[];
}
