import assert from 'node:assert/strict';
import {
  gradientDescent,
  gradientFlow,
  illConditionedQuadratic,
  proximalPoint,
} from '@phaseflow/gradient-flow';
import { backwardEuler, solve } from '@phaseflow/ode';

// F = (x² + 100·y²)/2: curvatures 1 and 100, so gradient descent needs η < 2/100.
const F = illConditionedQuadratic(100);
assert.equal(gradientDescent(F, [1, 1], { learningRate: 0.05 }).status, 'diverged'); // |1 − 100·0.05| = 4 > 1

// The proximal point method x_{k+1} = argmin F(x) + ‖x − x_k‖²/(2η) is implicit Euler: stable at every η.
const prox = proximalPoint(F, [1, 1], { learningRate: 0.05, steps: 500 });
assert.equal(prox.status, 'converged');
assert.ok(prox.argmin); // F + ‖·‖²/(2η) is convex here: each step is the subproblem's minimiser
assert.ok(Math.abs(prox.x[3]! - 1 / 6) < 1e-15); // y is divided by 1 + 100·0.05 = 6 each step

// It runs backwardEuler({ h: η }) on the gradient flow, Jacobian −∇²F: the same numbers, bit for bit.
const jacobian = (x: Float64Array, _t: number, J: Float64Array) => {
  F.hessian!(x, J);
  for (let i = 0; i < 4; i++) J[i] = -J[i]!;
};
const ten = proximalPoint(F, [1, 1], { learningRate: 0.05, steps: 10, gradTol: 0 });
const flow = solve({ ...gradientFlow(F, { x0: [1, 1], t1: 0.5 }), jacobian }, backwardEuler({ h: 0.05 }));
assert.ok(flow.x.every((v, k) => Object.is(v, ten.x[k])));
