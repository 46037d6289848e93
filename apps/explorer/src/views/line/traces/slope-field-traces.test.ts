import { describe, expect, test } from 'vitest';
import { presetById, presetState } from '../state/presets.ts';
import { createTimeModel, SLOPE_COLUMNS, SLOPE_ROWS } from '../time/time-model.ts';
import { slopeFieldTraces } from './slope-field-traces.ts';

describe('slopeFieldTraces(view)', () => {
  const view = createTimeModel().compute(presetState(presetById('t-minus-x2')!))!.view!;
  const spec = slopeFieldTraces(view);

  test('slopeFieldTraces(view) draws the field, the solutions, the one from x0 and Euler over [0, tMax] × window', () => {
    expect(spec.data.map((d) => d.name)).toEqual([
      'slope field',
      'solutions',
      'x(t) from x0',
      'Euler, h = η',
    ]);
    expect(spec.layout.xaxis?.range).toEqual([0, view.tMax]);
    expect(spec.layout.yaxis?.range).toEqual([view.xMin, view.xMax]);
  });

  test('each mark has the slope f(x, t) of its centre and the same length measured in cells', () => {
    const marks = spec.data[0] as { x: (number | null)[]; y: (number | null)[] };
    const cellT = view.tMax / SLOPE_COLUMNS;
    const cellX = (view.xMax - view.xMin) / SLOPE_ROWS;
    expect(marks.x.length).toBe(3 * SLOPE_COLUMNS * SLOPE_ROWS);
    for (let k = 0; k < SLOPE_COLUMNS * SLOPE_ROWS; k++) {
      const [t0, t1, gap] = marks.x.slice(3 * k, 3 * k + 3) as number[];
      const [x0, x1] = marks.y.slice(3 * k, 3 * k + 2) as number[];
      expect(gap).toBeNull();
      const t = (t0 + t1) / 2;
      const x = (x0 + x1) / 2;
      const slope = (x1 - x0) / (t1 - t0);
      expect(Math.abs(slope - (t - x * x))).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(slope)));
      expect(Math.hypot((t1 - t0) / cellT, (x1 - x0) / cellX)).toBeCloseTo(0.7, 12);
    }
  });
});
