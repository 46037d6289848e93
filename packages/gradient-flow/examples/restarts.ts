import assert from 'node:assert/strict';
import { gradientDescent, localGlobal, multiStart } from '@phaseflow/gradient-flow';

// F = x⁴/4 + x³/3 − x² has a local minimum at 1 and the global one at −2.
const f = localGlobal();
assert.ok(Math.abs(gradientDescent(f, 0.5, { learningRate: 0.05 }).final - 1) < 1e-6); // stuck in the local one

// Ten seeded starts in [−3, 3], each run exactly gradientDescent from its start.
const restarts = multiStart(f, { count: 10, range: [-3, 3], seed: 1, learningRate: 0.05 });
assert.equal(restarts.runs.length, 10);
assert.ok(Math.abs(restarts.runs[restarts.best]!.final + 2) < 1e-6);
assert.ok(restarts.runs.some((run) => Math.abs(run.final - 1) < 1e-6));
