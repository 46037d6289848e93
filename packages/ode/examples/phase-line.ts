import assert from 'node:assert/strict';
import { blowUpTime, classifyEquilibrium, findEquilibria, phaseLine } from '@phaseflow/ode';

// The logistic equation x′ = x(1 − x): where f = 0 nothing moves; the sign of f between says which way x goes.
const logistic = (x: number) => x * (1 - x);
const found = findEquilibria(logistic, [-2, 2]);
assert.deepEqual(
  found.equilibria.map((e) => e.x),
  [0, 1],
);
assert.equal(found.spacing, 0.004); // the default grid: 1001 points, 1000 cells

// Stability from the sign of f′: f′(0) = 1 > 0 repels, f′(1) = −1 < 0 attracts.
const zero = classifyEquilibrium(logistic, 0);
assert.deepEqual(
  [zero.kind, zero.decidedBy, zero.derivativeSource],
  ['unstable', 'derivative', 'finite-difference'],
);
assert.ok(Math.abs(zero.derivative! - 1) < 1e-9);
assert.equal(classifyEquilibrium(logistic, 1, { derivative: (x) => 1 - 2 * x }).derivative, -1); // a given f′

// The phase line: equilibria with their kinds, and the flow on each interval between them.
const line = phaseLine(logistic, [-2, 2]);
assert.deepEqual(
  line.equilibria.map((e) => [e.x, e.kind]),
  [
    [0, 'unstable'],
    [1, 'stable'],
  ],
);
assert.deepEqual(
  line.intervals.map((i) => [i.from, i.to, i.direction]),
  [
    [-2, 0, -1],
    [0, 1, 1],
    [1, 2, -1],
  ],
);
// Below 0 the flow leaves through −2, and exit says what happens beyond: from x0 = −2, x reaches −∞ at
// t = ln(1 − 1/x0) = ln 1.5 ≈ 0.405. The same for any x0 < 0, by blowUpTime: x0 = −0.5 blows up at ln 3 ≈ 1.0986.
const exit = line.intervals[0]!.exit!;
assert.equal(exit.status, 'blow-up');
assert.ok(Math.abs(exit.time! - Math.log(1.5)) < 1e-9);
assert.ok(Math.abs(blowUpTime(logistic, -0.5).time! - Math.log(3)) < 1e-9);
assert.equal(blowUpTime(logistic, 0.5).limit, 1); // 'approaches-equilibrium'

// x′ = x²(1 − x): f′(0) = 0, so the sign of f on each side decides. f > 0 on both sides of 0: solutions below
// approach 0, solutions above leave it. Semi-stable.
const touching = (x: number) => x * x * (1 - x);
const semi = phaseLine(touching, [-1, 2]);
assert.deepEqual(
  semi.equilibria.map((e) => [e.kind, e.decidedBy]),
  [
    ['semi-stable', 'signs'],
    ['stable', 'derivative'],
  ],
);
// f touches zero at 0 without changing sign, and 0 is not a grid point of [−1, 2]: the minimum search finds it.
const double = semi.equilibria[0]!;
assert.equal(double.detectedBy, 'minimum');
// It lands at x = 8.4e-17, with accuracy 4.0e-9: |f| ≤ ftol on about ±4e-9 around it, so the root is there.
assert.ok(Math.abs(double.x) < 1e-16 && double.accuracy > 3.9e-9 && double.accuracy < 4.1e-9);
assert.deepEqual([double.leftFlow, double.rightFlow], [1, 1]);
assert.ok(Math.abs(semi.equilibria[1]!.x - 1) < 1e-15);
assert.deepEqual(
  semi.intervals.map((i) => i.direction),
  [1, 1, -1],
);
