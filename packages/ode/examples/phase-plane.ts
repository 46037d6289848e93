import assert from 'node:assert/strict';
import { findFixedPoints, nullclines, periodicOrbit, separatrices } from '@phaseflow/ode';

// The damped pendulum θ′ = ω, ω′ = −sin θ − 0.5ω in the box θ ∈ [−4, 10], ω ∈ [−3, 3].
const pendulum = (x: Float64Array, _t: number, dxdt: Float64Array) => {
  dxdt[0] = x[1]!;
  dxdt[1] = -Math.sin(x[0]!) - 0.5 * x[1]!;
};
const box = [
  [-4, 10],
  [-3, 3],
] as const;

// Fixed points: bottoms (2kπ, 0) are stable foci (λ = −¼ ± i√15/4), tops ((2k+1)π, 0) saddles.
const { points, unresolved } = findFixedPoints(pendulum, box);
assert.deepEqual(
  points.map((p) => p.kind),
  ['saddle', 'stable-focus', 'saddle', 'stable-focus', 'saddle'],
);
assert.ok(Math.abs(points[2]!.x - Math.PI) < 1e-12 && Math.abs(points[2]!.y) < 1e-12);
assert.ok(Math.abs(points[1]!.eigenvalues.im[0]! - Math.sqrt(15) / 4) < 1e-9);
assert.deepEqual(unresolved, []); // every cell where both components change sign holds a point found

// Nullclines: θ′ = 0 on ω = 0; ω′ = 0 on ω = −2 sin θ, one curve across the box.
const n = nullclines(pendulum, box);
assert.equal(n.x.length, 1);
assert.equal(n.y.length, 1);
const curve = n.y[0]!;
for (let k = 0; k < curve.length; k += 2) assert.ok(Math.abs(curve[k + 1]! + 2 * Math.sin(curve[k]!)) < 1e-9);

// Separatrices of the top (π, 0): the unstable branches fall into the bottoms on either side.
const s = separatrices(pendulum, points[2]!, { box });
const ends = s.branches.filter((b) => b.manifold === 'unstable').map((b) => b.end![0]);
assert.deepEqual(
  ends.map((x) => Math.round(x / Math.PI)),
  [2, 0],
);
assert.deepEqual(
  s.branches.map((b) => b.status),
  ['equilibrium', 'equilibrium', 'left-box', 'left-box'],
);

// Van der Pol x″ − (1 − x²)x′ + x = 0 has one attracting limit cycle; at μ = 1 its period is 6.6632868593…
const vanDerPol = (x: Float64Array, _t: number, dxdt: Float64Array) => {
  dxdt[0] = x[1]!;
  dxdt[1] = (1 - x[0]! ** 2) * x[1]! - x[0]!;
};
const cycle = periodicOrbit({ f: vanDerPol, x0: [0.5, 0] });
assert.equal(cycle.kind, 'limit-cycle');
assert.ok(Math.abs(cycle.period! - 6.66328685932313) <= cycle.accuracy! + 1e-10);
assert.ok(cycle.multiplier! > 0 && cycle.multiplier! < 1e-3); // strongly attracting: P′(s*) ≈ 0.00086

// Without damping the bottom is a center and every orbit around it is closed: a family, not a limit cycle.
const undamped = (x: Float64Array, _t: number, dxdt: Float64Array) => {
  dxdt[0] = x[1]!;
  dxdt[1] = -Math.sin(x[0]!);
};
const swing = periodicOrbit({ f: undamped, x0: [1, 0] });
assert.equal(swing.kind, 'closed-orbit');
assert.ok(Math.abs(swing.period! - 6.6999) < 1e-4); // 4K(sin ½) = 6.69998…, longer than 2π at this amplitude
