import assert from 'node:assert/strict';
import { classifyFixedPoint, eigenvalues, jacobian, symmetricEigen } from '@phaseflow/ode';

// The damped pendulum θ″ = −sin θ − 0.5 θ′, as the system (θ, ω).
const pendulum = (x: Float64Array, _t: number, dxdt: Float64Array) => {
  dxdt[0] = x[1]!;
  dxdt[1] = -Math.sin(x[0]!) - 0.5 * x[1]!;
};

// At the bottom (0, 0), J = [[0, 1], [−1, −0.5]] (central differences, row-major): λ = −0.25 ± 0.968i.
const bottom = classifyFixedPoint(jacobian(pendulum, [0, 0]));
assert.equal(bottom.kind, 'stable-focus'); // it spirals in
assert.equal(bottom.method, 'closed-form'); // 2-D: from trace and determinant
assert.ok(Math.abs(bottom.trace + 0.5) < 1e-12 && Math.abs(bottom.determinant - 1) < 1e-10);
assert.ok(Math.abs(bottom.eigenvalues.re[0]! + 0.25) < 1e-10);
assert.ok(Math.abs(bottom.eigenvalues.im[0]! - Math.sqrt(3.75) / 2) < 1e-10);
assert.equal(bottom.eigenvectors, null); // complex eigenvalues: no real directions to draw

// At the top (π, 0), J = [[0, 1], [1, −0.5]]: λ = (−0.5 ± √4.25)/2 = 0.781 and −1.281, a saddle.
const top = classifyFixedPoint(jacobian(pendulum, [Math.PI, 0]));
assert.equal(top.kind, 'saddle');
assert.deepEqual([top.stableCount, top.unstableCount, top.hyperbolic], [1, 1, true]);
assert.ok(Math.abs(top.eigenvalues.re[0]! - 0.781) < 5e-4 && Math.abs(top.eigenvalues.re[1]! + 1.281) < 5e-4);
assert.ok(Math.abs(top.eigenvalues.re[0]! - (-0.5 + Math.sqrt(4.25)) / 2) < 1e-9);
// Unit eigenvectors as columns (row-major): column 0 is the unstable direction, the separatrix leaving the top.
const [v0, , v1] = top.eigenvectors!;
assert.ok(Math.abs(Math.hypot(v0!, v1!) - 1) < 1e-12);

// A matrix may also be given as rows. Without damping the bottom is a center.
assert.equal(
  classifyFixedPoint([
    [0, 1],
    [-1, 0],
  ]).kind,
  'center',
);

// Beyond 2-D: eigenvalues (Hessenberg + shifted QR), complex ones in conjugate pairs, sorted by real part.
const { re, im, converged } = eigenvalues([
  [0, -1, 0],
  [1, 0, 0],
  [0, 0, -2],
]);
assert.deepEqual([Array.from(re), Array.from(im), converged], [[0, 0, -2], [1, -1, 0], true]);

// Symmetric matrices (a gradient system's Jacobian −∇²F): Jacobi, real eigenvalues ascending, orthonormal vectors.
const sym = symmetricEigen([
  [2, 1],
  [1, 2],
]);
assert.ok(Math.abs(sym.values[0]! - 1) < 1e-15 && Math.abs(sym.values[1]! - 3) < 1e-15);
assert.equal(
  classifyFixedPoint([
    [-2, 1],
    [1, -2],
  ]).kind,
  'stable-node',
); // never a focus or center when symmetric
