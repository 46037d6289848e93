import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIMITS } from './line-state.ts';
import { normalizeState } from './normalize-state.ts';
import { DEFAULT_STATE, PRESETS, presetState } from './presets.ts';
import { sameState, updateState } from './update-state.ts';

describe('updateState', () => {
  test('updateState(s, eta) sets η and leaves every other field alone', () => {
    const next = updateState(DEFAULT_STATE, { type: 'number', field: 'eta', value: 0.25 });
    expect(next).toEqual({ ...DEFAULT_STATE, eta: 0.25 });
    expect(DEFAULT_STATE.eta).toBe(0.5);
  });

  test('updateState(s, action) returns the same object when nothing changes', () => {
    expect(updateState(DEFAULT_STATE, { type: 'number', field: 'eta', value: DEFAULT_STATE.eta })).toBe(
      DEFAULT_STATE,
    );
    expect(updateState(DEFAULT_STATE, { type: 'number', field: 'eta', value: Number.NaN })).toBe(
      DEFAULT_STATE,
    );
    expect(updateState(DEFAULT_STATE, { type: 'preset', preset: 'custom' })).toBe(DEFAULT_STATE);
  });

  test('updateState(s, number) clamps into the limits and keeps focus within the steps', () => {
    const big = updateState(DEFAULT_STATE, { type: 'number', field: 'eta', value: 1e9 });
    expect(big.eta).toBe(LIMITS.eta.max);
    const focused = updateState(DEFAULT_STATE, { type: 'number', field: 'focus', value: 15 });
    expect(focused.focus).toBe(15);
    const fewer = updateState(focused, { type: 'number', field: 'steps', value: 4.4 });
    expect([fewer.steps, fewer.focus]).toEqual([4, 4]);
  });

  test('updateState(s, x window) refuses an empty window and keeps x0 inside it', () => {
    expect(updateState(DEFAULT_STATE, { type: 'number', field: 'xMin', value: 2 })).toBe(DEFAULT_STATE);
    const narrow = updateState(DEFAULT_STATE, { type: 'number', field: 'xMin', value: 0.5 });
    expect([narrow.xMin, narrow.x0]).toEqual([0.5, 0.5]);
  });

  test('updateState(s, preset) opens every preset at its own view', () => {
    for (const preset of PRESETS) {
      const state = updateState({ ...DEFAULT_STATE, momentum: 0.5 }, { type: 'preset', preset: preset.id });
      expect(state).toEqual(presetState(preset));
    }
  });

  test('updateState(s, formula) makes the view custom unless it is the preset formula', () => {
    const custom = updateState(DEFAULT_STATE, { type: 'formula', kind: 'ode', formula: 'sin(x)' });
    expect(custom.preset).toBe('custom');
    const back = updateState(custom, { type: 'formula', kind: 'ode', formula: 'x * (1 - x)' });
    expect(back.preset).toBe('custom');
    const same = updateState(DEFAULT_STATE, { type: 'formula', kind: 'ode', formula: 'x * (1 - x)' });
    expect(same).toBe(DEFAULT_STATE);
  });

  test('sameState(a, b) compares field by field', () => {
    expect(sameState(DEFAULT_STATE, { ...DEFAULT_STATE })).toBe(true);
    expect(sameState(DEFAULT_STATE, { ...DEFAULT_STATE, x0: 0.2 })).toBe(false);
  });
});

describe('normalizeState', () => {
  test('normalizeState(s) is idempotent and always in range for arbitrary numbers', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.integer());
    fc.assert(
      fc.property(
        fc.record({
          x0: anyNumber,
          eta: anyNumber,
          steps: anyNumber,
          decay: anyNumber,
          momentum: anyNumber,
          xMin: anyNumber,
          xMax: anyNumber,
          focus: anyNumber,
        }),
        (numbers) => {
          const once = normalizeState({ ...DEFAULT_STATE, ...numbers }, DEFAULT_STATE);
          expect(normalizeState(once, DEFAULT_STATE)).toEqual(once);
          for (const value of Object.values(once))
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          expect(once.eta).toBeGreaterThanOrEqual(LIMITS.eta.min);
          expect(once.eta).toBeLessThanOrEqual(LIMITS.eta.max);
          expect(Number.isInteger(once.steps) && Number.isInteger(once.focus)).toBe(true);
          expect(once.xMax - once.xMin).toBeGreaterThanOrEqual(LIMITS.xSpan.min);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
