import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  findFixedPoints,
  nullclines,
  PhaseflowError,
  type PhaseflowErrorCode,
  periodicOrbit,
  type SystemRhs,
  separatrices,
} from '../index.ts';

// Every public plane function on 10⁴ generated inputs: a result with the promised shape, or a PhaseflowError with
// a known code; never another exception, never a hang (each run is capped by small grids and step limits).
const CODES: PhaseflowErrorCode[] = [
  'ERR_INVALID_ARG',
  'ERR_DIM_MISMATCH',
  'ERR_INVALID_RETURN',
  'ERR_UNKNOWN_OPTION',
];
const RUNS = 10_000;
// Ten thousand runs take a few seconds on a quiet machine; the limit leaves room for a shared, busy one.
const TIMEOUT = 60_000;

const RHS: SystemRhs[] = [
  (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = -Math.sin(x[0]!);
  },
  (x, _t, d) => {
    d[0] = x[0]! * x[0]!;
    d[1] = -x[1]!;
  },
  (x, _t, d) => {
    d[0] = 1 / x[0]!;
    d[1] = Math.sqrt(x[1]!);
  },
  (x, _t, d) => {
    d[0] = 1e300 * x[0]!;
    d[1] = -1e300 * x[1]!;
  },
  (_x, _t, d) => {
    d[0] = Number.NaN;
    d[1] = Number.POSITIVE_INFINITY;
  },
  () => {}, // writes nothing
  (_x, _t, d) => d.fill(0),
  (x, _t, d) => {
    d[0] = x[1]! - x[0]! ** 3 + x[0]!;
    d[1] = -x[0]! - 0.1 * x[1]!;
  },
  (x, _t, d) => {
    (d as unknown as string[])[0] = 'a';
    d[1] = x[0]!;
  },
  (x, _t, d) => {
    d[0] = Math.floor(x[0]!) - 0.5;
    d[1] = Math.tan(x[1]!);
  },
];

const number = fc.oneof(
  fc.double({ min: -5, max: 5, noNaN: true }),
  fc.constantFrom(0, -0, 1e-300, 1e300, Number.NaN, Number.POSITIVE_INFINITY),
);
const interval = fc.oneof(
  fc.tuple(fc.double({ min: -5, max: 0, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true })),
  fc.tuple(number, number),
);
const box = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(interval, interval) },
  { weight: 1, arbitrary: fc.anything() },
);
const rhs = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...RHS) },
  { weight: 1, arbitrary: fc.anything() },
);
const point = fc.oneof(fc.tuple(number, number), fc.constantFrom([Math.PI, 0], [0, 0], [1, 2, 3], null, 'x'));

function settle(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(PhaseflowError);
    expect(CODES).toContain((error as PhaseflowError).code);
    return null;
  }
}

const finiteCurves = (curves: Float64Array[]) => curves.every((c) => c.every(Number.isFinite));

test(
  `findFixedPoints on ${RUNS} generated inputs: points inside the box, or a coded error`,
  () => {
    const options = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          gridPoints: fc.integer({ min: 2, max: 6 }),
          maxIterations: fc.integer({ min: 1, max: 8 }),
        }),
      },
      { weight: 1, arbitrary: fc.anything() },
    );
    fc.assert(
      fc.property(rhs, box, options, (f, b, o) => {
        const r = settle(() => findFixedPoints(f as SystemRhs, b as never, o as never)) as ReturnType<
          typeof findFixedPoints
        > | null;
        if (r === null) return;
        const [[x0, x1], [y0, y1]] = b as [[number, number], [number, number]];
        for (const p of r.points) {
          expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
          expect(p.x >= x0 - 1e-6 * (x1 - x0) && p.x <= x1 + 1e-6 * (x1 - x0)).toBe(true);
          expect(p.y >= y0 - 1e-6 * (y1 - y0) && p.y <= y1 + 1e-6 * (y1 - y0)).toBe(true);
        }
        expect(['complete', 'too-many-points']).toContain(r.status);
      }),
      { numRuns: RUNS },
    );
  },
  TIMEOUT,
);

test(
  `nullclines on ${RUNS} generated inputs: finite curves, or a coded error`,
  () => {
    const options = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          gridPoints: fc.integer({ min: 2, max: 8 }),
          refine: fc.boolean(),
          touching: fc.boolean(),
        }),
      },
      { weight: 1, arbitrary: fc.anything() },
    );
    fc.assert(
      fc.property(rhs, box, options, (f, b, o) => {
        const r = settle(() => nullclines(f as SystemRhs, b as never, o as never)) as ReturnType<
          typeof nullclines
        > | null;
        if (r === null) return;
        expect(finiteCurves(r.x) && finiteCurves(r.y)).toBe(true);
        expect(r.x.concat(r.y).every((c) => c.length >= 4 && c.length % 2 === 0)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  },
  TIMEOUT,
);

test(
  `separatrices on ${RUNS} generated inputs: four branches with a status, or a coded error`,
  () => {
    const saddle: SystemRhs = (x, _t, d) => {
      d[0] = x[0]! + x[1]! * x[1]!;
      d[1] = -2 * x[1]!;
    };
    const options = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record(
          {
            box: box,
            maxSteps: fc.integer({ min: 1, max: 20 }),
            maxLength: fc.double({ min: 0.01, max: 3, noNaN: true }),
          },
          { requiredKeys: ['maxSteps'] },
        ),
      },
      { weight: 1, arbitrary: fc.anything() },
    );
    const statuses = [
      'left-box',
      'equilibrium',
      'length-cap',
      'time-cap',
      'non-finite',
      'step-too-small',
      'max-steps',
    ];
    fc.assert(
      fc.property(fc.oneof(rhs, fc.constant(saddle)), point, options, (f, p, o) => {
        const r = settle(() => separatrices(f as SystemRhs, p as never, o as never)) as ReturnType<
          typeof separatrices
        > | null;
        if (r === null) return;
        expect(r.branches.length).toBe(4);
        for (const b of r.branches) {
          expect(statuses).toContain(b.status);
          expect(b.curve.every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  },
  TIMEOUT,
);

test(
  `periodicOrbit on ${RUNS} generated inputs: a kind with its numbers, or a coded error`,
  () => {
    const options = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          maxIterations: fc.integer({ min: 3, max: 4 }),
          maxSteps: fc.integer({ min: 1, max: 40 }),
          maxTime: fc.double({ min: 0.01, max: 10, noNaN: true }),
        }),
      },
      { weight: 1, arbitrary: fc.anything() },
    );
    const problem = fc.oneof(
      { weight: 6, arbitrary: fc.record({ f: rhs, x0: point }) },
      { weight: 1, arbitrary: fc.anything() },
    );
    fc.assert(
      fc.property(problem, options, (pr, o) => {
        const r = settle(() => periodicOrbit(pr as never, o as never)) as ReturnType<
          typeof periodicOrbit
        > | null;
        if (r === null) return;
        expect(['limit-cycle', 'closed-orbit', 'none-found']).toContain(r.kind);
        if (r.kind === 'none-found')
          expect([r.period, r.accuracy, r.point, r.multiplier]).toEqual([null, null, null, null]);
        else expect(r.period! > 0 && r.accuracy! >= 0 && Number.isFinite(r.multiplier!)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  },
  TIMEOUT,
);
