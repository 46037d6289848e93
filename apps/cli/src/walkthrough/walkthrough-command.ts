import type { Report, Section } from '../output/report.ts';
import { readNumber } from '../read-options.ts';
import { UsageError } from '../usage-error.ts';
import { eulerStep, gradientAscentStep, gradientDescentStep } from './euler-steps.ts';
import { equilibriaStep, logisticStep, phasePortraitStep, solutionsStep } from './logistic-steps.ts';
import { derivativeStep, exponentialStep, newtonStep } from './motion-steps.ts';
import { stepSizeStep } from './step-size-step.ts';

/** The eleven steps in the order of the story; each computes its own numbers when called. */
export const WALKTHROUGH_STEPS: readonly (() => Section)[] = [
  derivativeStep,
  newtonStep,
  exponentialStep,
  logisticStep,
  phasePortraitStep,
  solutionsStep,
  equilibriaStep,
  eulerStep,
  gradientAscentStep,
  gradientDescentStep,
  stepSizeStep,
];

/**
 * `phaseflow walkthrough [--step n]`: why gradient descent works, from derivatives to equilibria to Euler's method,
 * with every number computed by the phaseflow packages.
 *
 * @example
 * ```ts
 * walkthroughCommand({ step: 9 }).sections[0].title; // '9. Euler on the logistic equation is gradient ascent'
 * ```
 */
export function walkthroughCommand(options: { step?: unknown }): Report {
  let steps = WALKTHROUGH_STEPS;
  if (options.step !== undefined) {
    const n = readNumber('--step', options.step, 'count');
    if (n > WALKTHROUGH_STEPS.length) {
      throw new UsageError(
        `\`--step\` must be a whole number from 1 to ${WALKTHROUGH_STEPS.length}, not \`${n}\``,
      );
    }
    steps = [WALKTHROUGH_STEPS[n - 1]!];
  }
  return {
    command: 'walkthrough',
    summary: {},
    sections: steps.map((step) => step()),
    exitCode: 0,
  };
}
