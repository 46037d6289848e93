import assert from 'node:assert/strict';
import { adam, basins, gradientDescent, linearRate, momentumRateMap } from '@phaseflow/gradient-flow';

// F = ½(x² + κy²): the Hessian is diag(1, κ), given exactly so that 2/λmax is placed to the last bit.
const kappa = 10;
const F = {
  F: (x: Float64Array) => 0.5 * (x[0]! ** 2 + kappa * x[1]! ** 2),
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = x[0]!;
    out[1] = kappa * x[1]!;
  },
  hessian: (_x: Float64Array, out: Float64Array) => out.set([1, 0, 0, kappa]),
};

// Per direction, GD multiplies the error by 1 − ηλ: the rate is max|1 − ηλ|, divergence starts at η = 2/λmax.
const r = linearRate(F, [0, 0], { learningRate: 0.15 });
assert.deepEqual(Array.from(r.eigenvalues), [1, 10]);
assert.equal(r.rate, 0.85); // the flat direction (λ = 1) is the slow one; the steep one has 1 − 1.5 = −0.5
const run = gradientDescent(F, [1, 1], { learningRate: 0.15, steps: 40, gradTol: 0 });
assert.ok(Math.abs(run.x[80]! / run.x[78]! - r.rate) < 1e-12); // measured along x: the same 0.85
assert.equal(linearRate(F, [0, 0], { learningRate: 2 / kappa + 1e-9 }).diverging, true);
assert.equal(linearRate(F, [0, 0], { learningRate: 2 / kappa - 1e-9 }).diverging, false);

// Heavy ball's rate over (η, β), and Polyak's optimal pair: rate (√κ − 1)/(√κ + 1) instead of GD's (κ − 1)/(κ + 1).
const map = momentumRateMap([1, kappa], { learningRate: [0.01, 0.4], momentum: [0, 0.9], n: 40 });
const s = Math.sqrt(kappa);
assert.ok(Math.abs(map.optimum!.rate - (s - 1) / (s + 1)) < 1e-15);
assert.ok(Math.abs(map.optimum!.learningRate - 4 / (s + 1) ** 2) < 1e-15);
assert.equal(map.rate.length, 40 * 40); // row i: momentum β_i; column j: learning rate η_j

// Which minimum each start of a grid reaches: two wells at x ≈ ±1.
const wells = { F: (x: Float64Array) => (x[0]! ** 2 - 1) ** 2 + x[1]! ** 2 };
const b = basins(
  wells,
  [
    [-2, 2],
    [-1, 1],
  ],
  { resolution: 8, learningRate: 0.05, steps: 300 },
);
assert.equal(b.minima.length, 2);
assert.equal(b.labels[0], b.labels[3]); // the left half of a row …
assert.notEqual(b.labels[0], b.labels[7]); // … and the right half end in different wells

// Adam takes a plain { F, grad } objective as well as a finite-sum one.
const a = adam(F, [1, 1], { learningRate: 0.05, steps: 5000, gradTol: 1e-7 });
assert.equal(a.status, 'converged');
