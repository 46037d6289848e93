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
        params: fc.constantFrom({}, { a: 2 }),
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
