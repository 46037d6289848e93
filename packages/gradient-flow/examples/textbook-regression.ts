import assert from 'node:assert/strict';
import { conditionNumber, gradientDescent, linearRegression, stepSizeBound } from '@phaseflow/gradient-flow';

// Fit ŷ = w1·x + w2 to four points by mean squared error, as the textbook chapter does.
const fit = linearRegression([1, 2, 3, 4], [2, 4, 5, 4]);
assert.ok(Math.abs(fit.solution[0]! - 0.7) < 1e-15 && Math.abs(fit.solution[1]! - 2) < 1e-15);

// The chapter's run: learning rate 0.01, 500 steps from (0, 0).
const run = gradientDescent(fit, [0, 0], { learningRate: 0.01, steps: 500, gradTol: 0 });
const [w1, w2] = run.final;
assert.ok(Math.abs(w1! - 0.81995) < 1e-5 && Math.abs(w2! - 1.64734) < 1e-5); // not (0.8, 1.5) as printed there
assert.ok(run.finalValue > fit.minimum + 0.02); // MSE 0.5958 against the optimum 0.575: not converged

// Why: the Hessian [[15, 5], [5, 2]] has eigenvalues 16.70 and 0.2994, condition number κ = 55.8.
// η = 0.01 is far below 2/L = 0.1198, and the slow direction shrinks by only 1 − 0.01·0.2994 per step.
assert.ok(Math.abs(conditionNumber(fit, [0, 0]) - 55.782) < 1e-3);
assert.ok(Math.abs(stepSizeBound(fit, [0, 0]) - 0.119756) < 1e-6);

// At η = 2/(μ + L) = 2/17 the same accuracy (‖∇F‖ ≤ 1e-6) takes 472 steps instead of 4377.
const best = gradientDescent(fit, [0, 0], { learningRate: 2 / 17, steps: 10_000, gradTol: 1e-6 });
const slow = gradientDescent(fit, [0, 0], { learningRate: 0.01, steps: 10_000, gradTol: 1e-6 });
assert.equal(best.iterations, 472);
assert.equal(slow.iterations, 4377);
