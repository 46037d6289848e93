import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose, productFromRoots } from '../../test/expect-close.ts';
import { solve } from '../engine/solve.ts';
import { rk4 } from '../fixed-step-methods.ts';
import { type PhaseLine, phaseLine } from './phase-line.ts';

/** Walks the line left to right and checks the pieces (unresolved cells included) tile [a, b] in order, with no
 * gaps or overlaps wider than
 * `slack` (edges located by bisection may leave a gap of a few ulps where f has no sign). */
function expectTiled(line: PhaseLine, slack = 0): void {
  const pieces = [
    ...line.intervals.map((i) => [i.from, i.to]),
    ...line.equilibria.map((e) => [e.x, e.x]),
    ...line.equilibriumIntervals.map((r) => [r.from, r.to]),
    ...line.nonFinite.regions.map((r) => [r.from, r.to]),
    ...line.jumps.map((j) => [j.x, j.x]),
    ...line.unresolved.map(([from, to]) => [from, to]),
  ].sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!);
  let reached = line.interval[0];
  for (const [from, to] of pieces) {
    // An equilibrium found inside an unresolved cell lies within what is already covered.
    if (to! <= reached + slack && from! < reached - slack) continue;
    expectClose('next piece starts where the last ended', from!, reached, slack);
    reached = Math.max(reached, to!);
  }
  expectClose('pieces reach b', reached, line.interval[1], slack);
}

/** Each equilibrium's kind agrees with the flow of the intervals on either side of it. */
function expectKindsMatchFlows(line: PhaseLine): void {
  for (const e of line.equilibria) {
    const left = line.intervals.find((i) => i.to === e.x);
    const right = line.intervals.find((i) => i.from === e.x);
    if (!left || !right) continue;
    const attract = (left.direction === 1 ? 1 : 0) + (right.direction === -1 ? 1 : 0);
    const expected = attract === 2 ? 'stable' : attract === 0 ? 'unstable' : 'semi-stable';
    expect(e.kind, `kind at ${e.x}`).toBe(expected);
  }
}

describe('phaseLine', () => {
  test('phaseLine(logistic, [-1, 2]) has 0 unstable, 1 stable and flows ←, →, ←', () => {
    const line = phaseLine((x) => x * (1 - x), [-1, 2]);
    expect(line.equilibria.map((e) => e.kind)).toEqual(['unstable', 'stable']);
    expect(line.intervals.map((i) => i.direction)).toEqual([-1, 1, -1]);
    expect(line.intervals.map((i) => [i.fromBoundary, i.toBoundary])).toEqual([
      ['end', 'equilibrium'],
      ['equilibrium', 'equilibrium'],
      ['equilibrium', 'end'],
    ]);
    // Below 0 the flow leaves through x = −1 and blows up: from −1, t* = ln(1 − 1/(−1)) = ln 2.
    expect(line.intervals[0]!.exit?.status).toBe('blow-up');
    expectClose('exit time from -1', line.intervals[0]!.exit!.time!, Math.log(2), 1e-9);
    expect(line.intervals[1]!.exit).toBeNull();
    expect(line.intervals[2]!.exit).toBeNull();
    expectTiled(line);
    const quick = phaseLine((x) => x * (1 - x), [-1, 2], { exits: false });
    expect(quick.intervals.map((i) => i.exit)).toEqual([null, null, null]);
    expect(quick.nfev).toBeLessThan(line.nfev);
    expect(() => phaseLine((x) => x, [0, 1], { exits: 'no' } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
  });

  test('phaseLine(x²(1 − x)) has a semi-stable 0 and a stable 1', () => {
    const line = phaseLine((x) => x * x * (1 - x), [-2.1234, 2]);
    expect(line.equilibria.map((e) => e.kind)).toEqual(['semi-stable', 'stable']);
    expect(line.intervals.map((i) => i.direction)).toEqual([1, 1, -1]);
    expectKindsMatchFlows(line);
    expectTiled(line);
  });

  test('phaseLine(sin, [-10, 10]) has the seven multiples of π with alternating kinds', () => {
    for (const [options, source] of [
      [{ derivative: Math.cos }, 'user'],
      [{}, 'finite-difference'],
    ] as const) {
      const line = phaseLine(Math.sin, [-10, 10], options);
      expect(line.equilibria).toHaveLength(7);
      line.equilibria.forEach((e, i) => {
        const k = i - 3;
        expectClose(`x* ${k}π`, e.x, k * Math.PI, 1e-14);
        expect(e.kind).toBe(k % 2 === 0 ? 'unstable' : 'stable');
        expect(e.derivativeSource).toBe(source);
        expectClose(`f′(${k}π) = cos(${k}π)`, e.derivative!, Math.cos(k * Math.PI), 1e-9);
      });
      expect(line.intervals.map((i) => i.direction)).toEqual([1, -1, 1, -1, 1, -1, 1, -1]);
      expectTiled(line);
    }
  });

  test('phaseLine(±x³) is unstable / stable at 0', () => {
    expect(phaseLine((x) => x ** 3, [-1, 1]).equilibria.map((e) => e.kind)).toEqual(['unstable']);
    expect(phaseLine((x) => -(x ** 3), [-1, 1]).equilibria.map((e) => e.kind)).toEqual(['stable']);
  });

  test('phaseLine(x(x − 1)(x − 2)) alternates unstable, stable, unstable', () => {
    const line = phaseLine((x) => x * (x - 1) * (x - 2), [-1, 3]);
    expect(line.equilibria.map((e) => e.kind)).toEqual(['unstable', 'stable', 'unstable']);
    expect(line.intervals.map((i) => i.exit?.status ?? null)).toEqual(['blow-up', null, null, 'blow-up']);
  });

  test('phaseLine of products with random roots (some double) tiles [a, b] and kinds match the flows', () => {
    const roots = fc.uniqueArray(fc.integer({ min: -45, max: 45 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        roots,
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.constantFrom(1, -1),
        (ks, doubled, c) => {
          const rs = ks.flatMap((k, i) => (doubled[i] ? [k / 10 + 0.013, k / 10 + 0.013] : [k / 10 + 0.013]));
          const line = phaseLine(productFromRoots(rs, c), [-5, 5]);
          expect(line.equilibria).toHaveLength(ks.length);
          expectTiled(line);
          expectKindsMatchFlows(line);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('phaseLine agrees with solve: from each interval x moves in its direction, into its stable end', () => {
    const roots = fc.uniqueArray(fc.integer({ min: -8, max: 8 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(roots, fc.constantFrom(1, -1, 0.5), (ks, c) => {
        const f = productFromRoots(
          ks.map((k) => k / 2 + 0.01),
          c,
        );
        const line = phaseLine(f, [-5, 5]);
        for (const interval of line.intervals) {
          const x0 = (interval.from + interval.to) / 2;
          const sol = solve({ f, x0, t1: 0.05 }, rk4({ h: 0.001 }));
          const moved = sol.x[sol.x.length - 1]! - x0;
          expect(Math.sign(moved), `flow from ${x0}`).toBe(interval.direction);
          const target = interval.direction > 0 ? interval.to : interval.from;
          const boundary = interval.direction > 0 ? interval.toBoundary : interval.fromBoundary;
          if (boundary !== 'equilibrium') continue;
          const e = line.equilibria.find((q) => q.x === target)!;
          expect(['stable', 'semi-stable']).toContain(e.kind);
          // |f′| at a root lies in [0.125, 420] here: h = 0.005 keeps RK4 stable (h|f′| < 2.78), t1 = 250 converges.
          const long = solve({ f, x0, t1: 250 }, rk4({ h: 0.005 }));
          expectClose(`x(250) from ${x0}`, long.x[long.x.length - 1]!, target, 1e-6);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  test('phaseLine of random nasty functions (poles, NaN, jumps, plateaus) tiles [a, b] and holds no NaN or ∞', () => {
    const pieces: ((x: number, c: number) => number)[] = [
      (x, c) => Math.sqrt(x - c),
      (x, c) => 1 / (x - c),
      (x, c) => Math.tan(x + c),
      (x, c) => Math.log(Math.abs(x - c)),
      (x, c) => Math.floor(x + c) - 0.5,
      (x, c) => Math.max(0, x - c) ** 2,
      (x, c) => (x - c) ** 3,
      (x, c) => Math.sin(1 / (x - c)),
    ];
    const term = fc.tuple(
      fc.integer({ min: 0, max: pieces.length - 1 }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.double({ min: -3, max: 3, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 3 }), (terms) => {
        const f = (x: number) => terms.reduce((s, [k, c, w]) => s + w * pieces[k]!(x, c), 0);
        const line = phaseLine(f, [-3, 3]);
        const numbers = [
          ...line.equilibria.flatMap((e) => [
            e.x,
            e.accuracy,
            e.step,
            e.derivative ?? 0,
            e.derivativeTolerance,
            e.residual ?? 0,
          ]),
          ...line.intervals.flatMap((i) => [
            i.from,
            i.to,
            i.exit?.time ?? 0,
            i.exit?.accuracy ?? 0,
            i.exit?.limit ?? 0,
          ]),
          ...line.equilibriumIntervals.flatMap((r) => [r.from, r.to, r.accuracy]),
          ...line.nonFinite.regions.flatMap((r) => [r.from, r.to]),
          ...line.nonFinite.points,
          ...line.jumps.flatMap((j) => [j.x, j.accuracy]),
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
        expectTiled(line, 1e-12);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('phaseLine(floor(x) − ½) splits at the jump over zero at 1, which is not an equilibrium', () => {
    const line = phaseLine((x) => Math.floor(x) - 0.5, [-3, 3]);
    expect(line.equilibria).toEqual([]);
    expect(line.jumps).toHaveLength(1);
    expectClose('jump', line.jumps[0]!.x, 1, 1e-15);
    expect(line.intervals.map((i) => [i.direction, i.fromBoundary, i.toBoundary])).toEqual([
      [-1, 'end', 'jump'],
      [1, 'jump', 'end'],
    ]);
    expectTiled(line);
  });

  test('phaseLine with f zero on a sub-interval and NaN elsewhere reports both, and the flow between', () => {
    const f = (x: number) => (x < -2 ? Math.log(x + 2) : Math.max(0, x) * (x - 2) + Math.min(0, x + 1));
    const line = phaseLine(f, [-3, 3]);
    expect(line.equilibriumIntervals).toHaveLength(1);
    expect(line.nonFinite.regions).toHaveLength(1);
    expect(line.equilibria.map((e) => [e.x, e.kind])).toEqual([[2, 'unstable']]);
    expect(line.intervals.map((i) => [i.direction, i.fromBoundary, i.toBoundary])).toEqual([
      [-1, 'non-finite', 'equilibrium-interval'],
      [-1, 'equilibrium-interval', 'equilibrium'],
      [1, 'equilibrium', 'end'],
    ]);
    expectTiled(line);
  });
});
