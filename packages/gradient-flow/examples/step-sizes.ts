import assert from 'node:assert/strict';
import {
  gradientDescent,
  illConditionedQuadratic,
  learningRateRegime,
  quadratic,
  stepSizeBound,
} from '@phaseflow/gradient-flow';

// F = x² has curvature L = F″ = 2, so gradient descent (Euler on x′ = −2x) is stable for η < 2/L = 1.
const f = quadratic();
assert.equal(stepSizeBound(f, 3), 1);

// Each step multiplies x by 1 − 2η: the four regimes of a learning rate.
const first = (eta: number) => gradientDescent(f, 1, { learningRate: eta, steps: 3, gradTol: 0 }).x;
assert.equal(learningRateRegime(0.1, 2), 'too-small');
assert.deepEqual(Array.from(first(0.25)), [1, 0.5, 0.25, 0.125]); // η < 1/2: one side, slowly
assert.equal(learningRateRegime(0.5, 2), 'optimal');
assert.equal(first(0.5)[1], 0); // η = 1/L: the minimum in one step
assert.equal(learningRateRegime(0.75, 2), 'oscillating');
assert.deepEqual(Array.from(first(0.75)), [1, -0.5, 0.25, -0.125]); // sign flips, still shrinking
assert.equal(learningRateRegime(1.25, 2), 'divergent');
assert.equal(gradientDescent(f, 1, { learningRate: 1.25, steps: 1000 }).status, 'diverged');

// Ill-conditioning: the steep direction sets the bound, the shallow one sets the pace.
const zigzag = illConditionedQuadratic(100); // F = (x² + 100y²)/2
const bound = stepSizeBound({ F: zigzag.F }, [1, 1]); // from F alone, by finite differences
assert.ok(Math.abs(bound - 0.02) < 1e-8);
const run = gradientDescent(zigzag, [1, 1], { learningRate: 0.019, steps: 10_000 });
assert.equal(run.status, 'converged');
assert.ok(run.iterations > 900); // x shrinks by only 1 − 0.019 per step
