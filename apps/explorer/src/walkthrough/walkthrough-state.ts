import type { WalkthroughStep } from './step.ts';

/** The walkthrough's whole state: where the reader is and the control value chosen on every step. */
export interface WalkthroughState {
  /** 0-based index of the step shown. */
  readonly index: number;
  /** The control value of each step, in step order; a step keeps its value while the reader is elsewhere. */
  readonly values: readonly number[];
}

/**
 * The state a reader starts in: step `index` (clamped into range), every control at its initial value.
 *
 * @example
 * ```ts
 * initialState(STEPS).index; // 0
 * ```
 */
export function initialState(steps: readonly WalkthroughStep[], index = 0): WalkthroughState {
  return { index: clampIndex(index, steps.length), values: steps.map((step) => step.control.initial) };
}

/**
 * Shows step `index`, clamped to the first or last step; the same state object when nothing changes.
 *
 * @example
 * ```ts
 * goToStep(initialState(STEPS), 99).index; // 9
 * ```
 */
export function goToStep(state: WalkthroughState, index: number): WalkthroughState {
  const next = clampIndex(index, state.values.length);
  return next === state.index ? state : { ...state, index: next };
}

/**
 * The next step; the last step stays where it is.
 *
 * @example
 * ```ts
 * nextStep(initialState(STEPS)).index; // 1
 * ```
 */
export function nextStep(state: WalkthroughState): WalkthroughState {
  return goToStep(state, state.index + 1);
}

/**
 * The previous step; the first step stays where it is.
 *
 * @example
 * ```ts
 * previousStep(initialState(STEPS, 3)).index; // 2
 * ```
 */
export function previousStep(state: WalkthroughState): WalkthroughState {
  return goToStep(state, state.index - 1);
}

/**
 * Sets the control of the current step to `value`, which must be one of its allowed values; any other value
 * leaves the state unchanged (a control can only offer allowed values, so another one is a stale event).
 *
 * @example
 * ```ts
 * setControl(initialState(STEPS), STEPS, 0.5).values[0]; // 0.5
 * ```
 */
export function setControl(
  state: WalkthroughState,
  steps: readonly WalkthroughStep[],
  value: number,
): WalkthroughState {
  const step = steps[state.index];
  if (step === undefined || !step.control.values.includes(value) || state.values[state.index] === value) {
    return state;
  }
  const values = state.values.slice();
  values[state.index] = value;
  return { ...state, values };
}

function clampIndex(index: number, count: number): number {
  if (count === 0 || Number.isNaN(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}
