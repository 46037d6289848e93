import fc from 'fast-check';
import { expect, test } from 'vitest';
import { DEFAULT_MAP_STATE, normalizeMapState, updateMapState } from './map-state.ts';
import { decodeMapState, encodeMapState } from './url-codec.ts';

test('decodeMapState(encodeMapState(s)) equals s for 10^4 normalized states', () => {
  const num = fc.double({ min: -20, max: 20, noNaN: true });
  fc.assert(
    fc.property(
      fc.record({
        preset: fc.constantFrom('logistic', 'square', 'double-well', 'sine', 'custom', 'notch'),
        formula: fc.constantFrom('x * (1 - x)', 'x^2', 'sin(x)', 'a*x - x^3'),
        kind: fc.constantFrom('ode', 'potential'),
        direction: fc.constantFrom('ascent', 'descent'),
        x0: num,
        eta: num,
        method: fc.constantFrom('euler', 'rk4'),
        hMin: num,
        hMax: num,
        xMin: num,
        xMax: num,
        steps: num,
        params: fc.constantFrom({}, { a: 2 }, { a: 8, b: -1 }),
        paramBounds: fc.constantFrom(
          {},
          { a: { min: 0, max: 5 } },
          { a: { min: 3, max: 1 } },
          { b: { min: -2, max: 0 } },
        ),
      }),
      (candidate) => {
        const s = normalizeMapState(candidate);
        expect(decodeMapState(new URLSearchParams(encodeMapState(s)))).toEqual(s);
      },
    ),
    { numRuns: 10_000 },
  );
});

test('decodeMapState gives a valid state for any query string (10^4 random ones)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (query) => {
      const s = decodeMapState(new URLSearchParams(query));
      expect(s.hMin).toBeLessThan(s.hMax);
      expect(s.xMin).toBeLessThan(s.xMax);
      expect(s.eta).toBeGreaterThan(0);
      expect(Number.isInteger(s.steps)).toBe(true);
      expect(['euler', 'rk4']).toContain(s.method);
    }),
    { numRuns: 10_000 },
  );
});

test('decodeMapState of a preset link takes the example’s η range and window', () => {
  const s = decodeMapState(new URLSearchParams('p=square&eta=0.9'));
  expect([s.formula, s.kind, s.eta, s.hMin, s.hMax]).toEqual(['x^2', 'potential', 0.9, 0, 1.3]);
});

test('updateMapState: zoom sets the η range, reset-zoom restores the example’s, a preset loads its formula', () => {
  const zoomed = updateMapState(DEFAULT_MAP_STATE, { type: 'zoom', hMin: 2.4, hMax: 2.6 });
  expect([zoomed.hMin, zoomed.hMax]).toEqual([2.4, 2.6]);
  const reset = updateMapState(zoomed, { type: 'reset-zoom' });
  expect([reset.hMin, reset.hMax]).toEqual([DEFAULT_MAP_STATE.hMin, DEFAULT_MAP_STATE.hMax]);
  const well = updateMapState(DEFAULT_MAP_STATE, { type: 'preset', id: 'double-well' });
  expect([well.formula, well.kind, well.direction]).toEqual(['x^4/4 - x^2/2', 'potential', 'descent']);
  expect(updateMapState(DEFAULT_MAP_STATE, { type: 'zoom', hMin: 2, hMax: 2 })).toBe(DEFAULT_MAP_STATE); // empty: ignored
  const typed = updateMapState(DEFAULT_MAP_STATE, { type: 'formula', kind: 'ode', formula: 'x*(2-x)' });
  expect(typed.preset).toBe('custom');
});

test('decodeMapState of any par./parmin./parmax. query gives values inside their chosen ranges (10^4 queries)', () => {
  const key = fc.constantFrom('par.a', 'parmin.a', 'parmax.a', 'par.b', 'parmin.b', 'parmax.b', 'f', 'eta');
  const text = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.double().map(String),
    fc.integer({ min: -12, max: 12 }).map(String),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(key, text), { maxLength: 8 }), (pairs) => {
      const s = decodeMapState(new URLSearchParams(pairs));
      for (const [name, { min, max }] of Object.entries(s.paramBounds)) {
        expect(min).toBeLessThan(max);
        expect(s.params[name]).toBeGreaterThanOrEqual(min);
        expect(s.params[name]).toBeLessThanOrEqual(max);
      }
      expect(decodeMapState(new URLSearchParams(encodeMapState(s)))).toEqual(s);
    }),
    { numRuns: 10_000 },
  );
});

test('updateMapState: a parameter moves, a range clamps it, an example clears both', () => {
  const typed = updateMapState(DEFAULT_MAP_STATE, { type: 'formula', kind: 'ode', formula: 'r*x*(1-x)' });
  const moved = updateMapState(typed, { type: 'param', name: 'r', value: 3.2 });
  expect(moved.params).toEqual({ r: 3.2 });
  const ranged = updateMapState(moved, { type: 'param-bounds', name: 'r', min: 0, max: 3 });
  expect([ranged.params, ranged.paramBounds]).toEqual([{ r: 3 }, { r: { min: 0, max: 3 } }]);
  expect(updateMapState(ranged, { type: 'param-bounds', name: 'r', min: 3, max: 0 })).toBe(ranged);
  const example = updateMapState(ranged, { type: 'preset', id: 'square' });
  expect([example.params, example.paramBounds]).toEqual([{}, {}]);
});
