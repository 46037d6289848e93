import { describe, expect, test } from 'vitest';
import { DEFAULT_PLANE_STATE, updatePlaneState } from '../state/plane-state.ts';
import { createPlaneModel } from './plane-model.ts';
import { loadPlaneSystem } from './plane-system.ts';

// Reference periods of the Van der Pol cycle, from a separate hand-written RK4 (h = 1e-4, 200 time units, the
// mean of the last five upward crossings of x = 0): μ = 1: 6.6632869, μ = 2: 7.6298745.
const VDP_PERIOD = { 1: 6.6632869, 2: 7.6298745 } as const;

describe('the plane model with parameters', () => {
  const vdp = updatePlaneState(DEFAULT_PLANE_STATE, { type: 'example', id: 'van-der-pol' });

  test('Van der Pol: the μ slider changes the limit cycle period (6.6633 at μ = 1, 7.6299 at μ = 2)', () => {
    const model = createPlaneModel();
    expect(vdp.params).toMatchObject({ mu: 1 });
    for (const mu of [1, 2] as const) {
      const { view } = model.compute(updatePlaneState(vdp, { type: 'param', name: 'mu', value: mu }));
      expect(view!.parameters).toEqual([{ name: 'mu', value: mu, min: 0, max: 5, chosen: true }]);
      expect(view!.cycle!.kind).toBe('limit-cycle');
      const period = view!.cycle!.period;
      expect(Math.abs(period - VDP_PERIOD[mu]), `μ = ${mu}: ${period}`).toBeLessThanOrEqual(
        1e-5 + 1e-6 * VDP_PERIOD[mu],
      );
    }
  });

  test('Lotka–Volterra with a, b, c, d: the centre sits at (d/c, a/b) as the sliders move', () => {
    const model = createPlaneModel();
    const lv = updatePlaneState(vdp, { type: 'example', id: 'lotka-volterra' });
    // The example's values join the shared ones (μ stays for the other example).
    expect(lv.params).toEqual({ a: 1, b: 0.5, c: 0.25, d: 0.75, mu: 1 });
    for (const [a, d] of [
      [1, 0.75],
      [1.5, 1],
    ]) {
      const moved = updatePlaneState(updatePlaneState(lv, { type: 'param', name: 'a', value: a! }), {
        type: 'param',
        name: 'd',
        value: d!,
      });
      const centre = model.compute(moved).view!.points.find((p) => p.kind === 'center')!;
      expect(Math.abs(centre.x - d! / 0.25)).toBeLessThanOrEqual(1e-8);
      expect(Math.abs(centre.y - a! / 0.5)).toBeLessThanOrEqual(1e-8);
    }
  });

  test('loadPlaneSystem: a formula in t says ERR_FORMULA_TIME and why; other errors are the parser’s', () => {
    expect(loadPlaneSystem('y', '-x + sin(t)').error).toMatch(
      /^ERR_FORMULA_TIME: The plane view cannot draw/,
    );
    expect(loadPlaneSystem('y', 'x +').error).not.toMatch(/ERR_FORMULA_TIME/);
    expect(loadPlaneSystem('y', 'mu*(1 - x^2)*y - x').error).toBeUndefined();
  });
});
