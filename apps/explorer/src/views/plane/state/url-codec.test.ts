import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PLANE_STATE,
  normalizePlaneState,
  type PlaneState,
  updatePlaneState,
} from './plane-state.ts';
import { PLANE_PRESETS } from './presets.ts';
import { decodePlaneState, encodePlaneState } from './url-codec.ts';

describe('the plane view URL codec', () => {
  test('decodePlaneState(any query string) is a valid state, and encode then decode gives it back exactly', () => {
    const pair = fc.tuple(
      fc.constantFrom(
        ...['ex', 'fx', 'fy', 'xa', 'xb', 'ya', 'yb', 'tx', 'ty', 'T', 'sep', 'p', 'x0', 'eta'],
        ...['par.mu', 'parmin.mu', 'parmax.mu', 'par.a', 'parmin.a', 'parmax.a'],
      ),
      fc.oneof(fc.string(), fc.double().map(String), fc.integer({ min: -9, max: 9 }).map(String)),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const state = decodePlaneState(new URLSearchParams(pairs));
        expect(state.xMin < state.xMax && state.yMin < state.yMax).toBe(true);
        expect(state.tx >= state.xMin && state.tx <= state.xMax).toBe(true);
        for (const v of [state.xMin, state.xMax, state.yMin, state.yMax, state.tx, state.ty, state.span]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        for (const [name, { min, max }] of Object.entries(state.paramBounds)) {
          expect(min < max && state.params[name]! >= min && state.params[name]! <= max).toBe(true);
        }
        expect(decodePlaneState(new URLSearchParams(encodePlaneState(state)))).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  test('a link naming only an example opens that example with its box and start', () => {
    const s = decodePlaneState(new URLSearchParams('ex=lotka-volterra'));
    const p = PLANE_PRESETS.find((q) => q.id === 'lotka-volterra')!;
    expect([s.fx, s.fy, s.xMin, s.xMax, s.tx, s.ty]).toEqual([
      p.fx,
      p.fy,
      p.box[0],
      p.box[1],
      p.start[0],
      p.start[1],
    ]);
  });

  test("updatePlaneState: a click traces from there; typing an example's formulas names it; no change keeps identity", () => {
    const traced = updatePlaneState(DEFAULT_PLANE_STATE, { type: 'trace', x: 1, y: -1 });
    expect([traced.tx, traced.ty]).toEqual([1, -1]);
    const typed = updatePlaneState(DEFAULT_PLANE_STATE, { type: 'system', fx: 'y', fy: '-sin(x)' });
    expect(typed.example).toBe('pendulum');
    expect(
      updatePlaneState(DEFAULT_PLANE_STATE, {
        type: 'trace',
        x: DEFAULT_PLANE_STATE.tx,
        y: DEFAULT_PLANE_STATE.ty,
      }),
    ).toBe(DEFAULT_PLANE_STATE);
    const state: PlaneState = normalizePlaneState({ ...DEFAULT_PLANE_STATE, xMin: 3, xMax: 2 });
    expect(state.xMin).toBeLessThan(state.xMax);
  });
});
