import { test } from 'vitest';
import { expectClose } from '../../../test/expect-close.ts';
import { exponentialStep, solveGrowth } from './exponential-step.ts';

test("solveGrowth(x0) (RK4, h = 0.05) follows x0·eᵗ to 2e-7 relative (40 steps of local error h⁵/120 ≈ 2.6e-9) on [0, 2] for the step's x0", () => {
  for (const x0 of exponentialStep.control.values) {
    const sol = solveGrowth(x0);
    for (let k = 0; k < sol.t.length; k++) {
      expectClose(`x0 = ${x0}, t = ${sol.t[k]}`, sol.x[k]!, x0 * Math.exp(sol.t[k]!), {
        rtol: 1e-7,
        atol: 1e-300,
      });
    }
  }
});
