import type { Shape } from 'plotly.js-dist-min';
import { describe, expect, test } from 'vitest';
import { paddedRange, plotValues } from '../../../plots/plot-theme.ts';
import { createExplorerModel } from '../model/explorer-model.ts';
import type { ExplorerView } from '../model/explorer-view.ts';
import { FAMILY_SIZE } from '../model/solution-family.ts';
import { DEFAULT_STATE } from '../state/presets.ts';
import { updateState } from '../state/update-state.ts';
import { flowTraces } from './flow-traces.ts';
import { MAX_LABELS, potentialTraces } from './potential-traces.ts';
import { solutionTraces } from './solution-traces.ts';

type Trace = { name?: string; x?: unknown; y?: unknown; text?: unknown; marker?: Record<string, unknown> };

const model = createExplorerModel();
const viewOf = (state = DEFAULT_STATE): ExplorerView => {
  const result = model.compute(state);
  if (result.error !== undefined) throw new Error(result.error);
  return result.view;
};
const byName = (data: unknown[], name: string) => data.find((t) => (t as Trace).name === name) as Trace;

describe('flowTraces(view, k)', () => {
  const view = viewOf();

  test('flowTraces(view, k) shades g > 0 and g < 0 apart: the two regions are max(g, 0) and min(g, 0)', () => {
    const { data } = flowTraces(view, 0);
    const up = byName(data, 'g > 0').y as (number | null)[];
    const down = byName(data, 'g < 0').y as (number | null)[];
    view.grid.flow.forEach((g, i) => {
      expect(up[i]).toBe(Math.max(g, 0));
      expect(down[i]).toBe(Math.min(g, 0));
    });
  });

  test('flowTraces(view, k) marks each equilibrium by kind: stable filled, unstable white', () => {
    const eq = byName(flowTraces(view, 0).data, 'equilibria');
    expect(eq.x).toEqual(view.equilibria.map((e) => e.x));
    const colors = eq.marker!.color as string[];
    view.equilibria.forEach((e, i) => {
      expect(colors[i] === '#ffffff').toBe(e.kind !== 'stable');
    });
  });

  test('flowTraces(view, k) points every phase-line arrow the way its interval flows', () => {
    const arrows = byName(flowTraces(view, 0).data, 'phase line');
    const xs = arrows.x as number[];
    const symbols = arrows.marker!.symbol as string[];
    expect(xs.length).toBeGreaterThanOrEqual(view.intervals.length);
    xs.forEach((x, i) => {
      const interval = view.intervals.find((iv) => x > iv.from && x < iv.to)!;
      expect(symbols[i]).toBe(interval.direction > 0 ? 'triangle-right' : 'triangle-left');
    });
  });

  test('flowTraces(view, k) puts x_k on the phase line, clamping k to the last iterate', () => {
    const last = view.iterates.x.length - 1;
    expect(byName(flowTraces(view, 3).data, 'x_k').x).toEqual([view.iterates.x[3]]);
    expect(byName(flowTraces(view, 10_000).data, 'x_k').x).toEqual([view.iterates.x[last]]);
  });

  test('flowTraces(view, k) half-fills a semi-stable point on the side states arrive from', () => {
    const semi = viewOf(updateState(DEFAULT_STATE, { type: 'formula', kind: 'ode', formula: 'x^2*(1-x)' }));
    const shapes = (flowTraces(semi, 0).layout.shapes ?? []) as Partial<Shape>[];
    const halves = shapes.filter((s) => s.type === 'path');
    expect(halves.length).toBe(1);
    // The left half: every x in the path is at most 0 pixels from the anchor.
    const xs = (halves[0]!.path ?? '').match(/-?\d+(\.\d+)?(?=,)/g)!.map(Number);
    expect(Math.max(...xs)).toBeLessThanOrEqual(0);
    expect(halves[0]!.xanchor).toBe(semi.equilibria.find((e) => e.kind === 'semi-stable')!.x);
  });
});

describe('solutionTraces(view, k)', () => {
  const view = viewOf();

  test('solutionTraces(view, k) joins the family into one trace broken by FAMILY_SIZE − 1 gaps', () => {
    const family = byName(solutionTraces(view, 0).data, 'family');
    const gaps = (family.x as (number | null)[]).filter((t) => t === null).length;
    expect(gaps).toBe(FAMILY_SIZE - 1);
    const points = view.family.reduce((n, c) => n + c.t.length, 0);
    expect((family.x as unknown[]).length).toBe(points + FAMILY_SIZE - 1);
  });

  test('solutionTraces(view, k) draws Euler with h = η and rings step k', () => {
    const { data } = solutionTraces(view, 4);
    expect(byName(data, 'Euler, h = η').x).toEqual(Array.from(view.euler.t));
    expect(byName(data, 'step k').x).toEqual([view.euler.t[4]]);
    expect(byName(data, 'step k').y).toEqual([view.euler.x[4]]);
  });

  test('solutionTraces(view, k) draws the constant solution x(t) = x* at each equilibrium across [0, tMax]', () => {
    const lines = byName(solutionTraces(view, 0).data, 'equilibria');
    expect(lines.y).toEqual(view.equilibria.flatMap((e) => [e.x, e.x, null]));
    expect(lines.x).toEqual(view.equilibria.flatMap(() => [0, view.tMax, null]));
  });

  test('solutionTraces(view, k) shows the window as the x(t) range', () => {
    const { layout } = solutionTraces(view, 0);
    expect(layout.yaxis?.range).toEqual([view.xMin, view.xMax]);
    expect(layout.xaxis?.range).toEqual([0, view.tMax]);
  });
});

describe('potentialTraces(view, k)', () => {
  test('potentialTraces(view, k) puts the iterates on F and numbers at most MAX_LABELS + 1 of them', () => {
    const view = viewOf({ ...DEFAULT_STATE, steps: 150, eta: 0.05 });
    const { data } = potentialTraces(view, 0);
    const iterates = byName(data, 'iterates');
    expect(iterates.x).toEqual(Array.from(view.iterates.x));
    expect(iterates.y).toEqual(plotValues(view.iterates.F));
    const numbers = byName(data, 'labels');
    const labels = numbers.text as string[];
    expect(labels[0]).toBe('0');
    expect(labels.length).toBeLessThanOrEqual(MAX_LABELS + 1);
    // Each number sits on its iterate.
    labels.forEach((label, i) => {
      expect((numbers.x as number[])[i]).toBe(view.iterates.x[Number(label)]);
    });
  });

  test('potentialTraces(view, k) draws a run that diverges up to its last drawable iterate and says where', () => {
    const square = updateState(DEFAULT_STATE, { type: 'preset', preset: 'square' });
    const view = viewOf(updateState(square, { type: 'number', field: 'eta', value: 10 }));
    const { data } = potentialTraces(view, 0);
    const iterates = byName(data, 'iterates');
    const xs = iterates.x as number[];
    expect(xs.length).toBeLessThan(view.iterates.x.length);
    for (const x of xs) expect(Math.abs(x)).toBeLessThanOrEqual(2 + 4 * 1000);
    const marker = byName(data, 'diverged');
    expect(marker.text).toEqual([`diverged at k = ${xs.length}`]);
    expect(marker.x).toEqual([xs[xs.length - 1]]);
    // A run that stays in view has no marker.
    expect(byName(potentialTraces(viewOf(), 0).data, 'diverged').x).toEqual([]);
  });
});

describe('plot helpers', () => {
  test('plotValues(values) turns non-finite numbers into gaps', () => {
    expect(plotValues(Float64Array.of(1, Number.NaN, Number.POSITIVE_INFINITY, -2))).toEqual([
      1,
      null,
      null,
      -2,
    ]);
  });

  test('paddedRange(values) contains every finite value with a margin', () => {
    const [lo, hi] = paddedRange(Float64Array.of(-1, 3, Number.NaN));
    expect(lo).toBeLessThan(-1);
    expect(hi).toBeGreaterThan(3);
    expect(paddedRange(Float64Array.of(Number.NaN))).toEqual([-1, 1]);
  });
});
