import assert from 'node:assert/strict';
import {
  cobweb,
  criticalStep,
  EULER_TABLEAU,
  lyapunovExponent,
  orbit,
  orbitDiagram,
  periodDoublings,
  RK4_TABLEAU,
  rk4,
  stabilityFunction,
  stepMap,
} from '@phaseflow/ode';

// Euler on the logistic equation x′ = x(1 − x) at step h is the map x ↦ x + h·x(1 − x): gradient ascent on
// F = x²/2 − x³/3 with learning rate h. Its fixed point x* = 1 has multiplier Φ′(1) = 1 − h.
const f = (x: number) => x * (1 - x);
const derivative = (x: number) => 1 - 2 * x; // f′, for exact multipliers (a central difference otherwise)
const map = stepMap(f, EULER_TABLEAU, 1.5, { derivative });
assert.equal(map.apply(0.5), 0.875); // 0.5 + 1.5·0.25
assert.equal(map.derivative(1), -0.5); // 1 − h: the iterates overshoot 1 and come back, halving the error each step

// The cobweb: vertices alternate between the graph (x_k, x_(k+1)) and the diagonal (x_(k+1), x_(k+1)).
const web = cobweb(map, 0.5, 40);
assert.deepEqual([web.x[1], web.y[1], web.x[2], web.y[2]], [0.5, 0.875, 0.875, 0.875]);
assert.ok(Math.abs(web.orbit[40]! - 1) < 1e-12); // |1 − h| = 0.5 < 1: it settles at x* = 1

// |1 − h| < 1 means h < 2 = 2/|f′(1)|: the chapter's η < 2/L, read off the stability function R(z) = 1 + z.
assert.equal(criticalStep(f, 1, EULER_TABLEAU), 2);
// RK4's R(z) = 1 + z + z²/2 + z³/6 + z⁴/24 reaches |R| = 1 at z = −2.785…: a larger step, same idea.
assert.deepEqual(Array.from(stabilityFunction(RK4_TABLEAU).numerator), [1, 1, 1 / 2, 1 / 6, 1 / 24]);
assert.ok(Math.abs(criticalStep(f, 1, RK4_TABLEAU) - 2.785293563) < 1e-8);
assert.equal(rk4({ h: 0.1 }).tableau, RK4_TABLEAU); // a method's tableau, for every function here

// Past h = 2 the iterates alternate between two values, then four, …: Euler's map is the logistic map
// y ↦ r·y(1 − y) with r = 1 + h (x = (1 + h)/h · y), whose period doublings are at r = 3, 1 + √6, …
const doublings = periodDoublings(f, EULER_TABLEAU, { h: [1, 3], count: 3, derivative });
assert.ok(Math.abs(doublings[0]! - 2) < 1e-12 && Math.abs(doublings[1]! - Math.sqrt(6)) < 1e-12);
assert.ok(Math.abs(doublings[2]! - 2.5440903595) < 1e-9); // r = 3.5440903595…

// Beyond h ≈ 2.5699 the orbit is chaotic (a positive Lyapunov exponent; ln 2 at h = 3), beyond h = 3 it escapes.
const chaos = lyapunovExponent(stepMap(f, EULER_TABLEAU, 3, { derivative }), 0.3, { n: 100_000 });
assert.ok(Math.abs(chaos.exponent! - Math.LN2) < 0.01);
assert.equal(orbit(stepMap(f, EULER_TABLEAU, 3.2), 0.5, 1000).status, 'escaped');

// The orbit diagram: for each of 1,000 steps, 200 iterates after 500 dropped, column-major, no NaN anywhere.
const diagram = orbitDiagram(f, EULER_TABLEAU, { h: [1.5, 3.2], columns: 1000, transient: 500, keep: 200 });
assert.equal(diagram.x.length, 200_000);
assert.equal(diagram.status[0], 'bounded');
assert.equal(diagram.status[999], 'escaped');
assert.ok(diagram.x.every((v) => !Number.isNaN(v)));
