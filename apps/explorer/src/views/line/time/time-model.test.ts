import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, presetById, presetState } from '../state/presets.ts';
import { updateState } from '../state/update-state.ts';
import {
  createTimeModel,
  POTENTIAL_TIME_ERROR,
  SLOPE_COLUMNS,
  SLOPE_ROWS,
  TIME_FAMILY_SIZE,
} from './time-model.ts';

const close = (a: number, e: number, atol: number, rtol: number) =>
  expect(Math.abs(a - e), `a=${a} e=${e} atol=${atol} rtol=${rtol}`).toBeLessThanOrEqual(
    atol + rtol * Math.abs(e),
  );

describe('createTimeModel().compute(state)', () => {
  test('compute(state) is undefined for a formula of x alone, a potential and text that does not read', () => {
    const model = createTimeModel();
    expect(model.compute(DEFAULT_STATE)).toBeUndefined();
    expect(model.compute({ ...DEFAULT_STATE, kind: 'potential', formula: 'x^2' })).toBeUndefined();
    expect(model.compute({ ...DEFAULT_STATE, kind: 'potential', formula: 'x^2 + t' })).toEqual({
      error: POTENTIAL_TIME_ERROR,
    });
    expect(model.compute({ ...DEFAULT_STATE, formula: 'x + t +' })).toBeUndefined();
    expect(model.compute({ ...DEFAULT_STATE, formula: 'x + y*t' })).toBeUndefined();
  });

  test('forced decay: every solution is (sin t − cos t)/2 + (x0 + 1/2)e^(−t), to RK4 accuracy', () => {
    const view = createTimeModel().compute(presetState(presetById('forced-decay')!))!.view!;
    expect(view.family.length).toBe(TIME_FAMILY_SIZE);
    for (const curve of [...view.family, view.chosen]) {
      expect(curve.t[curve.t.length - 1]).toBeCloseTo(view.tMax, 12);
      for (let i = 0; i < curve.t.length; i += 37) {
        const t = curve.t[i]!;
        close(curve.x[i]!, (Math.sin(t) - Math.cos(t)) / 2 + (curve.x0 + 0.5) * Math.exp(-t), 1e-8, 1e-8);
      }
    }
  });

  test('the slope field holds f(x, t) at the centre of each of its cells', () => {
    const state = presetState(presetById('seasonal-harvest')!);
    const view = createTimeModel().compute(state)!.view!;
    expect(view.field.slope.length).toBe(SLOPE_COLUMNS * SLOPE_ROWS);
    const h = state.params.h!;
    for (let k = 0; k < view.field.slope.length; k++) {
      const [t, x] = [view.field.t[k]!, view.field.x[k]!];
      close(view.field.slope[k]!, x * (1 - x) - (h * (1 + Math.sin(t))) / 2, 1e-14, 1e-14);
      expect(t > 0 && t < view.tMax && x > view.xMin && x < view.xMax).toBe(true);
    }
  });

  test('a parameter move changes the slopes without re-parsing, and the sliders follow the state', () => {
    const model = createTimeModel();
    const state = presetState(presetById('seasonal-harvest')!);
    const before = model.compute(state)!.view!;
    const moved = model.compute(updateState(state, { type: 'param', name: 'h', value: 0.8 }))!.view!;
    expect(moved.parameters).toEqual([{ name: 'h', value: 0.8, min: 0, max: 1, chosen: true }]);
    // f differs by −(0.8 − 0.3)(1 + sin t)/2 at each mark.
    for (let k = 0; k < moved.field.slope.length; k++)
      close(
        moved.field.slope[k]! - before.field.slope[k]!,
        (-0.5 * (1 + Math.sin(moved.field.t[k]!))) / 2,
        1e-14,
        1e-12,
      );
  });

  test('x′ = t − x²: a solution that falls away is cut just past the picture; every drawn point is finite', () => {
    const view = createTimeModel().compute(presetState(presetById('t-minus-x2')!))!.view!;
    const low = view.family[0]!;
    expect(low.t[low.t.length - 1]!).toBeLessThan(view.tMax);
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (x0) => {
        const curve = createTimeModel().compute({ ...presetState(presetById('t-minus-x2')!), x0 })!.view!
          .chosen;
        for (let i = 0; i < curve.x.length - 1; i++) expect(Number.isFinite(curve.x[i]!)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test("Euler's points are x_{k+1} = x_k + η f(x_k, t_k)", () => {
    const state = presetState(presetById('forced-decay')!);
    const { euler } = createTimeModel().compute(state)!.view!;
    expect(euler.t.length).toBe(state.steps + 1);
    for (let k = 0; k < state.steps; k++) {
      const expected = euler.x[k]! + state.eta * (-euler.x[k]! + Math.sin(euler.t[k]!));
      close(euler.x[k + 1]!, expected, 1e-15, 1e-14);
    }
  });
});
