import assert from 'node:assert/strict';
import { blowUpTime, dopri5, PhaseflowError, rk4, solve } from '@phaseflow/ode';

// x′ = x² from x0 = 1 has the solution 1/(1 − t): it blows up at t = 1. A numerical failure is never thrown: it is
// a status, with every point computed so far, and x never holds NaN or ±∞.
const blowUp = { f: (x: number) => x * x, x0: 1, t1: 2 };

// A fixed step cannot see the singularity: RK4 at h = 0.01 steps over t = 1 and stops at t = 1.02, where the next
// step would overflow (x is about 4.8e173 there). The status says so; the last points are not the solution.
const fixed = solve(blowUp, rk4({ h: 0.01 }));
assert.equal(fixed.status, 'non-finite');
assert.equal(fixed.t[fixed.t.length - 1], 1.02);
assert.ok(fixed.x[fixed.x.length - 1]! > 4e173);
assert.ok(fixed.x.every(Number.isFinite));

// An adaptive method shrinks its step towards the singularity; its pole guard rejects steps whose growth the
// stages do not support, so the run ends before t = 1, never past it.
const adaptive = solve(blowUp, dopri5());
assert.equal(adaptive.status, 'step-too-small');
const tEnd = adaptive.t[adaptive.t.length - 1]!;
assert.ok(tEnd < 1 && tEnd > 1 - 1e-3); // it stopped at t = 0.99941

// blowUpTime integrates ∫ dx / f(x) from x0 to ∞ instead: T = 1.
const fate = blowUpTime((x) => x * x, 1);
assert.equal(fate.status, 'blow-up');
assert.ok(Math.abs(fate.time! - 1) < 1e-9);

// f undefined: x′ = √x run backward from x0 = 1 reaches x = 0 at t = −2, then f is NaN.
const root = solve({ f: (x: number) => Math.sqrt(x), x0: 1, t1: -3 }, rk4({ h: 0.1 }));
assert.equal(root.status, 'non-finite');
assert.ok(root.t[root.t.length - 1]! > -2.05);

// maxSteps caps the work, so that no request can hang a browser tab: 'max-steps', with the 50 steps taken.
const capped = solve({ f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 }, rk4({ h: 0.1 }), { maxSteps: 50 });
assert.equal(capped.status, 'max-steps');
assert.equal(capped.t[capped.t.length - 1], 5);

// Bad input is the other channel: a PhaseflowError with a stable code, thrown before any step.
const logistic = { f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 };
const rejected = (code: string) => ({ name: 'PhaseflowError', code });
assert.throws(() => rk4({ h: -0.1 }), {
  ...rejected('ERR_INVALID_ARG'),
  message: 'invalid argument. `rk4(options).h` must be a positive finite number. Value: `-0.1`.',
});
assert.throws(() => solve(logistic, rk4({ h: 0.1 })).at(11), rejected('ERR_INVALID_ARG')); // outside [t0, t1]
const text = () => '0.5' as unknown as number;
assert.throws(() => solve({ ...logistic, f: text }, rk4({ h: 0.1 })), rejected('ERR_INVALID_RETURN'));
const writesOne = (_x: Float64Array, _t: number, dxdt: Float64Array) => {
  dxdt[0] = 1; // forgets dxdt[1]
};
assert.throws(
  () => solve({ f: writesOne, x0: [1, 2], t1: 1 }, rk4({ h: 0.1 })),
  rejected('ERR_DIM_MISMATCH'),
);
assert.throws(() => solve(logistic, dopri5(), { maxstep: 10 } as object), rejected('ERR_UNKNOWN_OPTION'));
assert.throws(
  () => dopri5({ rtol: 0 }),
  (error) => error instanceof PhaseflowError && error.code === 'ERR_INVALID_ARG',
);
