import { describe, expect, test } from 'vitest';
import { compareWithReference, loadReference, referenceRhs } from '../../test/reference.ts';
import { rk4, solve } from '../index.ts';

// RK4's global error is O(h^4): these steps put it near 1e-10 relative, well inside the tolerance below, while
// a method of order 3 or a wrong coefficient would miss it by orders of magnitude.
const CASES = [
  { name: 'van-der-pol', h: 1e-3 },
  { name: 'lorenz', h: 1e-4 },
  { name: 'lotka-volterra', h: 1e-4 },
  { name: 'pendulum', h: 1e-3 },
];
const RTOL = 1e-8;
const ATOL = 1e-8;

describe.each(CASES)('solve($name, rk4)', ({ name, h }) => {
  test(`reproduces the SciPy DOP853 reference within rtol ${RTOL}, atol ${ATOL}`, () => {
    const ref = loadReference(name);
    const sol = solve({ f: referenceRhs(ref), x0: ref.x0, t0: ref.t0, t1: ref.t1 }, rk4({ h }));
    expect(sol.status).toBe('success');
    expect(compareWithReference(ref, (t) => sol.at(t), RTOL, ATOL)).toEqual([]);
  });
});
