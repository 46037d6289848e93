import { logisticExact } from '@phaseflow/ode';
import { test } from 'vitest';
import { expectClose } from '../../../test/expect-close.ts';
import { solveLogistic } from './solve-logistic.ts';

test('solveLogistic(x0, 10) (RK4, h = 0.05) matches 1 / (1 + (1/x0 − 1)e^(−t)) to 1e-6 (RK4 error ~ h⁴ = 6e-6 times a small constant)', () => {
  for (const x0 of [0.01, 0.1, 0.5, 1.5, 2]) {
    const sol = solveLogistic(x0, 10);
    for (let k = 0; k < sol.t.length; k += 20) {
      expectClose(`x0 = ${x0}, t = ${sol.t[k]}`, sol.x[k]!, logisticExact(x0, sol.t[k]!), { atol: 1e-6 });
    }
  }
});
