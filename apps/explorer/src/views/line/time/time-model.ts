import { type CompiledFormula, compileFormula, type Formula, parseFormula } from '@phaseflow/formula';
import { euler, rk4, solve } from '@phaseflow/ode';
import {
  type ParameterSlider,
  parameterSliders,
  parameterValues,
} from '../../../components/parameter-sliders.ts';
import { readableNotation } from '../model/formula-flow.ts';
import type { LineState } from '../state/line-state.ts';

/** Slope marks across the t axis and across the x axis. */
export const SLOPE_COLUMNS = 25;
export const SLOPE_ROWS = 17;
/** Solutions drawn through the field, started at t = 0 on evenly spaced heights. */
export const TIME_FAMILY_SIZE = 13;
/** RK4 steps per solution over [0, tMax]. */
export const TIME_STEPS = 400;

/** One solution x(t) through the field, cut where it leaves the picture (or stopped, with the reason). */
export interface TimeCurve {
  readonly x0: number;
  readonly t: Float64Array;
  readonly x: Float64Array;
}

/** What the flow panel draws for x′ = f(x, t): the slope field over [0, tMax] × [xMin, xMax] and solutions. */
export interface TimeView {
  /** f as typed (the box's text). */
  readonly flowText: string;
  readonly tMax: number;
  readonly xMin: number;
  readonly xMax: number;
  /** The centre (t, x) of each slope mark and the slope f(x, t) there, row-major over x then t. */
  readonly field: { readonly t: Float64Array; readonly x: Float64Array; readonly slope: Float64Array };
  readonly family: readonly TimeCurve[];
  /** The solution from x0, drawn bold. */
  readonly chosen: TimeCurve;
  /** Euler's method with h = η from x0: t_k = kη. */
  readonly euler: { readonly t: Float64Array; readonly x: Float64Array };
  readonly parameters: readonly ParameterSlider[];
}

/**
 * The time model's answer: the slope-field view; or the formula box's message for a potential in t, which has no
 * meaning (F(x) must be a function of x alone); or `undefined` when the formula is not one of t (the line model
 * draws it).
 */
export type TimeResult =
  | { readonly view: TimeView; readonly error?: undefined }
  | { readonly error: string; readonly view?: undefined }
  | undefined;

/** The message for a potential typed with t. */
export const POTENTIAL_TIME_ERROR =
  'ERR_FORMULA_TIME: a potential F(x) cannot depend on t (gradient ascent and descent need F of x alone); for x′ = f(x, t) choose "f(x) in x′ = f(x)".';

/**
 * The line view's picture of a non-autonomous equation x′ = f(x, t): when the formula box holds an ODE whose formula
 * uses t, it returns the slope field and solutions through it; for anything else (a potential, a formula of x alone,
 * text that does not read as a formula of x and t) it returns `undefined`, and the line model handles the text as
 * before (and reports its errors). The formula is parsed once per text; a parameter move only sets the values.
 *
 * @example
 * ```ts
 * const model = createTimeModel();
 * model.compute({ ...DEFAULT_STATE, formula: '-x + sin(t)' })?.view.family.length; // 13
 * model.compute(DEFAULT_STATE); // undefined: x(1 − x) does not use t
 * ```
 */
export function createTimeModel(): { compute(state: LineState): TimeResult } {
  let lastText: string | undefined;
  let f: { formula: Formula; evaluate: CompiledFormula } | undefined;
  let potentialText: string | undefined;
  let potentialInTime = false;
  let lastKey: unknown[] = [];
  let lastView: TimeView | undefined;
  return {
    compute(state) {
      if (state.kind !== 'ode') {
        if (state.formula !== potentialText) {
          potentialText = state.formula;
          potentialInTime = compileTime(state.formula) !== undefined;
        }
        return potentialInTime ? { error: POTENTIAL_TIME_ERROR } : undefined;
      }
      if (state.formula !== lastText) {
        lastText = state.formula;
        f = compileTime(state.formula);
        lastKey = [];
      }
      if (f === undefined) return undefined;
      const key = [state.params, state.paramBounds, state.x0, state.eta, state.steps, state.xMin, state.xMax];
      if (lastView && key.every((v, i) => Object.is(v, lastKey[i]))) return { view: lastView };
      lastKey = key;
      lastView = timeView(f, state);
      return { view: lastView };
    },
  };
}

/** The compiled f(x, t) when the text is a formula that uses t, else undefined. */
function compileTime(text: string): { formula: Formula; evaluate: CompiledFormula } | undefined {
  try {
    const formula = parseFormula(readableNotation(text), { variables: ['x', 't'], parameters: true });
    if (!formula.usedVariables.includes('t')) return undefined;
    return { formula, evaluate: compileFormula(formula) };
  } catch {
    // Not a formula of x and t: the line model reads it and says what is wrong.
    return undefined;
  }
}

function timeView(
  { formula, evaluate }: { formula: Formula; evaluate: CompiledFormula },
  state: LineState,
): TimeView {
  evaluate.parameters.assign(parameterValues(formula, state.params));
  const rhs = (x: number, t: number) => evaluate(x, t);
  const { xMin, xMax, x0, eta, steps } = state;
  const tMax = steps * eta;
  const cells = SLOPE_COLUMNS * SLOPE_ROWS;
  const field = { t: new Float64Array(cells), x: new Float64Array(cells), slope: new Float64Array(cells) };
  for (let i = 0; i < SLOPE_ROWS; i++) {
    for (let j = 0; j < SLOPE_COLUMNS; j++) {
      const k = i * SLOPE_COLUMNS + j;
      const t = ((j + 0.5) * tMax) / SLOPE_COLUMNS;
      const x = xMin + ((i + 0.5) * (xMax - xMin)) / SLOPE_ROWS;
      field.t[k] = t;
      field.x[k] = x;
      field.slope[k] = rhs(x, t);
    }
  }
  const family: TimeCurve[] = [];
  for (let i = 0; i < TIME_FAMILY_SIZE; i++) {
    family.push(timeCurve(rhs, xMin + ((i + 0.5) * (xMax - xMin)) / TIME_FAMILY_SIZE, tMax, xMin, xMax));
  }
  const sol = solve({ f: rhs, x0, t1: tMax }, euler({ h: eta }));
  return {
    flowText: state.formula,
    tMax,
    xMin,
    xMax,
    field,
    family,
    chosen: timeCurve(rhs, x0, tMax, xMin, xMax),
    euler: { t: sol.t, x: sol.x },
    parameters: parameterSliders(formula, state.params, state.paramBounds),
  };
}

/**
 * RK4 from (0, x0) to tMax, kept up to the first point beyond the window by more than its height (a solution that
 * blows up, as those of t − x² below the dividing one, would otherwise end in numbers no plot can scale).
 */
function timeCurve(
  rhs: (x: number, t: number) => number,
  x0: number,
  tMax: number,
  xMin: number,
  xMax: number,
): TimeCurve {
  const sol = solve({ f: rhs, x0, t1: tMax }, rk4({ h: tMax / TIME_STEPS }));
  const span = xMax - xMin;
  let n = 0;
  while (n < sol.x.length && sol.x[n]! >= xMin - span && sol.x[n]! <= xMax + span) n++;
  // One point past the edge so the curve visibly leaves the picture.
  const end = Math.min(sol.x.length, n + 1);
  return { x0, t: sol.t.subarray(0, end), x: (sol.x as Float64Array).subarray(0, end) };
}
