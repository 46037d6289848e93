import type { WalkthroughStep } from './step.ts';
import { derivativeStep } from './steps/derivative-step.ts';
import { eulerStep } from './steps/euler-step.ts';
import { exponentialStep } from './steps/exponential-step.ts';
import { gradientAscentStep } from './steps/gradient-ascent-step.ts';
import { gradientDescentStep } from './steps/gradient-descent-step.ts';
import { logisticStep } from './steps/logistic-step.ts';
import { pendulumStep } from './steps/pendulum-step.ts';
import { phasePortraitStep } from './steps/phase-portrait-step.ts';
import { solutionsStep } from './steps/solutions-step.ts';
import { stabilityStep } from './steps/stability-step.ts';
import { stepSizeStep } from './steps/step-size-step.ts';

/**
 * The walkthrough, in the order of the argument: from the derivative as a speed to why gradient descent works.
 *
 * @example
 * ```ts
 * STEPS.map((step) => step.id)[8]; // 'gradient-ascent'
 * ```
 */
export const STEPS: readonly WalkthroughStep[] = [
  derivativeStep,
  pendulumStep,
  exponentialStep,
  logisticStep,
  phasePortraitStep,
  solutionsStep,
  stabilityStep,
  eulerStep,
  gradientAscentStep,
  gradientDescentStep,
  stepSizeStep,
];
