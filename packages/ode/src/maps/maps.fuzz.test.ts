import fc from 'fast-check';
import { expect, test } from 'vitest';
import { PhaseflowError } from '../errors.ts';
import type { ScalarRhs } from '../problem.ts';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { HEUN_TABLEAU } from '../tableaus/heun.ts';
import { MIDPOINT_TABLEAU } from '../tableaus/midpoint.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { cobweb } from './cobweb.ts';
import type { OrbitStatus } from './iterate-map.ts';
import { lyapunovExponent } from './lyapunov-exponent.ts';
import { orbit } from './orbit.ts';
import { orbitDiagram } from './orbit-diagram.ts';
import { periodDoublings } from './period-doublings.ts';
import { stepMap } from './step-map.ts';

// Right-hand sides that hit every path: bounded chaos, escape, overflow in one step, NaN on half the line, poles,
// a constant NaN, and a wrong return type.
const RHS: ScalarRhs[] = [
  (x) => x * (1 - x),
  (x) => -2 * x,
  (x) => x - x ** 3,
  (x) => -Math.sin(x),
  (x) => Math.sqrt(x) - 1,
  (x) => Math.exp(x),
  (x) => 1 / x,
  (x) => -1e300 * x,
  () => Number.NaN,
];
const STATUSES: OrbitStatus[] = ['bounded', 'escaped', 'non-finite'];
const tableau = fc.oneof(
  fc.constantFrom(EULER_TABLEAU, HEUN_TABLEAU, MIDPOINT_TABLEAU, RK4_TABLEAU),
  fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 9, maxLength: 9 }).map(
    (v): ButcherTableau => ({
      name: 'random',
      order: 0,
      c: [0, v[0]!, v[1]! + v[2]!],
      a: [[], [v[0]!], [v[1]!, v[2]!]],
      b: [v[3]!, v[4]!, v[5]!],
    }),
  ),
);
const anyValue = fc.oneof(
  fc.double(),
  fc.constantFrom(undefined, null, 'x', [], {}, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5),
);
const rhs = fc.integer({ min: 0, max: RHS.length - 1 }).map((i) => RHS[i]!);
const start = fc.double({ min: -3, max: 3, noNaN: true });

/** Runs `call`; bad input must throw a PhaseflowError with a code, anything else must not throw. */
function codedOrResult<T>(call: () => T): T | null {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof PhaseflowError) || !error.code.startsWith('ERR_')) throw error;
    return null;
  }
}

function noNaN(label: string, values: Float64Array): void {
  for (let i = 0; i < values.length; i++)
    if (Number.isNaN(values[i]!)) throw new Error(`${label}[${i}] is NaN`);
}

test('stepMap(f, tableau, h): apply is finite or NaN (never ±∞), bad h is a coded error, over 10^4 cases', () => {
  fc.assert(
    fc.property(
      rhs,
      tableau,
      fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), anyValue),
      start,
      (f, t, h, x) => {
        const map = codedOrResult(() => stepMap(f, t, h as number));
        if (map === null) return;
        const y = map.apply(x);
        if (!(Number.isNaN(y) || Number.isFinite(y))) throw new Error(`apply(${x}) = ${y}`);
        expect(typeof map.derivative(x)).toBe('number');
      },
    ),
    { numRuns: 10_000 },
  );
});

test('orbit and cobweb: no NaN, a known status, escaped means the last iterate left the radius, over 10^4 cases each', () => {
  fc.assert(
    fc.property(
      rhs,
      tableau,
      fc.double({ min: 0, max: 5, noNaN: true }),
      start,
      fc.oneof(fc.nat(60), anyValue),
      (f, t, h, x0, n) => {
        const map = stepMap(f, t, h);
        const o = codedOrResult(() => orbit(map, x0, n as number));
        const web = codedOrResult(() => cobweb(map, x0, n as number));
        if (o === null || web === null) {
          expect(o).toBe(web); // both reject the same input
          return;
        }
        noNaN('orbit', o.x);
        noNaN('cobweb.x', web.x);
        noNaN('cobweb.y', web.y);
        expect(STATUSES).toContain(o.status);
        expect(web.status).toBe(o.status);
        expect(web.x.length).toBe(2 * o.x.length - 1);
        const radius = 1e6 * Math.max(1, Math.abs(x0));
        if (o.status === 'bounded') expect(o.x.length).toBe((n as number) + 1);
        if (o.status === 'escaped') expect(Math.abs(o.x[o.x.length - 1]!)).toBeGreaterThan(radius);
      },
    ),
    { numRuns: 10_000 },
  );
});

test('orbitDiagram: no NaN in any column, h non-decreasing from lo to hi, one known status a column, over 10^4 cases', () => {
  fc.assert(
    fc.property(
      rhs,
      tableau,
      fc.oneof(
        fc.tuple(fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true })),
        anyValue,
      ),
      fc.record({
        columns: fc.integer({ min: 0, max: 6 }),
        transient: fc.integer({ min: -1, max: 30 }),
        keep: fc.integer({ min: 0, max: 6 }),
        x0: start,
      }),
      (f, t, h, rest) => {
        const d = codedOrResult(() => orbitDiagram(f, t, { h: h as [number, number], ...rest }));
        if (d === null) return;
        noNaN('x', d.x);
        expect(d.x.length).toBe(rest.columns * rest.keep);
        for (let j = 1; j < d.h.length; j++) if (!(d.h[j]! >= d.h[j - 1]!)) throw new Error('h decreasing');
        expect([d.h[0], d.h[d.h.length - 1]]).toEqual(h);
        for (const s of d.status) expect(STATUSES).toContain(s);
      },
    ),
    { numRuns: 10_000 },
  );
});

test('lyapunovExponent: a number (never NaN) exactly when the orbit stays bounded, over 10^4 cases', () => {
  fc.assert(
    fc.property(
      rhs,
      tableau,
      fc.double({ min: 0, max: 4, noNaN: true }),
      start,
      fc.oneof(fc.integer({ min: 1, max: 50 }), anyValue),
      (f, t, h, x0, n) => {
        const result = codedOrResult(() =>
          lyapunovExponent(stepMap(f, t, h), x0, { n: n as number, transient: 20 }),
        );
        if (result === null) return;
        expect(STATUSES).toContain(result.status);
        if (result.status === 'bounded') expect(Number.isNaN(result.exponent)).toBe(false);
        else expect(result.exponent).toBeNull();
      },
    ),
    { numRuns: 10_000 },
  );
});

test('periodDoublings: increasing steps inside [lo, hi], at most count, over 10^4 cases', () => {
  fc.assert(
    fc.property(
      rhs,
      fc.constantFrom(EULER_TABLEAU, RK4_TABLEAU),
      fc.oneof(
        fc.tuple(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true })),
        anyValue,
      ),
      fc.oneof(fc.integer({ min: 1, max: 2 }), anyValue),
      start,
      (f, t, h, count, x0) => {
        const found = codedOrResult(() =>
          periodDoublings(f, t, { h: h as [number, number], count: count as number, x0, transient: 40 }),
        );
        if (found === null) return;
        const [lo, hi] = h as [number, number];
        expect(found.length).toBeLessThanOrEqual((count as number | undefined) ?? 4);
        found.forEach((v, i) => {
          if (!(v >= lo && v <= hi && (i === 0 || v > found[i - 1]!)))
            throw new Error(`doubling ${v} in [${lo}, ${hi}]`);
        });
      },
    ),
    { numRuns: 10_000 },
  );
});
