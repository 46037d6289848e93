import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyParameterAction, normalizeParameterFields } from './parameter-action.ts';
import { checkRange, NO_BOUNDS, normalizeBounds, readBounds, writeBounds } from './parameter-bounds.ts';
import { NO_PARAMS, readNumber } from './shared-state.ts';

const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}$/);
const number = fc.oneof(
  fc.double(),
  fc.double({ min: -20, max: 20, noNaN: true }),
  fc.constantFrom(0, -0, 1),
);

describe('checkRange(min, max)', () => {
  test('accepts exactly the finite ranges with min < max inside ±10^6, and says why otherwise', () => {
    expect(checkRange(0, 5)).toEqual({ range: { min: 0, max: 5 } });
    expect(checkRange(5, 2).error).toMatch(/less than/);
    expect(checkRange(Number.NaN, 2).error).toMatch(/numbers/);
    fc.assert(
      fc.property(number, number, (min, max) => {
        const usable =
          Number.isFinite(min) &&
          Number.isFinite(max) &&
          min < max &&
          Math.abs(min) <= 1e6 &&
          Math.abs(max) <= 1e6;
        const checked = checkRange(min, max);
        expect(checked.error === undefined).toBe(usable);
        if (checked.error === undefined) expect(checked.range).toEqual({ min: min + 0, max: max + 0 });
        else expect(checked.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('the bounds in a query string', () => {
  test('readBounds(writeBounds(b)) = b for any usable ranges; names sit under parmin. and parmax., never par.', () => {
    const range = fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
      .filter(([a, b]) => a < b)
      .map(([min, max]) => ({ min: min + 0, max: max + 0 }));
    fc.assert(
      fc.property(fc.dictionary(name, range, { maxKeys: 16 }), (candidate) => {
        const bounds = normalizeBounds(candidate, NO_BOUNDS);
        const params = new URLSearchParams();
        writeBounds(bounds, params);
        for (const key of params.keys()) expect(key.startsWith('par.')).toBe(false);
        const back = normalizeBounds(
          readBounds(new URLSearchParams(params.toString()), readNumber),
          NO_BOUNDS,
        );
        expect(back).toEqual(bounds);
      }),
      { numRuns: 10_000 },
    );
  });

  test('a lone bound, an unreadable one or a reversed range is left out', () => {
    const read = (q: string) =>
      normalizeBounds(readBounds(new URLSearchParams(q), readNumber) ?? NO_BOUNDS, NO_BOUNDS);
    expect(read('parmin.K=0')).toBe(NO_BOUNDS);
    expect(read('parmin.K=x&parmax.K=3')).toBe(NO_BOUNDS);
    expect(read('parmin.K=3&parmax.K=1')).toBe(NO_BOUNDS);
    expect(read('parmin.K=-1&parmax.K=1e3&parmin.__proto__=0&parmax.__proto__=1')).toEqual(
      JSON.parse('{"K":{"min":-1,"max":1000},"__proto__":{"min":0,"max":1}}'),
    );
  });
});

describe('normalizeParameterFields(candidate, fallback)', () => {
  const fields = fc.record({
    params: fc.dictionary(name, number, { maxKeys: 20 }),
    paramBounds: fc.dictionary(name, fc.record({ min: number, max: number }), { maxKeys: 20 }),
  });

  test('every chosen range holds its parameter value inside it; normalizing twice changes nothing', () => {
    fc.assert(
      fc.property(fields, (candidate) => {
        const once = normalizeParameterFields(candidate, { params: NO_PARAMS });
        for (const [n, { min, max }] of Object.entries(once.paramBounds)) {
          expect(Object.hasOwn(once.params, n)).toBe(true);
          expect(once.params[n]).toBeGreaterThanOrEqual(min);
          expect(once.params[n]).toBeLessThanOrEqual(max);
        }
        const twice = normalizeParameterFields(once, once);
        expect(twice.params).toBe(once.params);
        expect(twice.paramBounds).toBe(once.paramBounds);
      }),
      { numRuns: 10_000 },
    );
  });

  test('a new range clamps the value into it; a value set by a slider is kept', () => {
    const start = { params: { K: 8 }, paramBounds: NO_BOUNDS };
    const ranged = normalizeParameterFields(
      applyParameterAction(
        { ...start, preset: 'custom', kind: 'ode', formula: 'x/K', direction: 'ascent', x0: 0, eta: 1 },
        {
          type: 'param-bounds',
          name: 'K',
          min: 0,
          max: 5,
        },
      ),
      start,
    );
    expect(ranged).toEqual({ params: { K: 5 }, paramBounds: { K: { min: 0, max: 5 } } });
    const unset = normalizeParameterFields({ params: {}, paramBounds: { c: { min: 2, max: 3 } } }, start);
    expect(unset.params).toEqual({ c: 2 });
  });
});
