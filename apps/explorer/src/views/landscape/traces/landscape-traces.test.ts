import { describe, expect, test } from 'vitest';
import { computeBasins } from '../model/basin-job.ts';
import { createLandscapeModel, type LandscapeView } from '../model/landscape-model.ts';
import { panelCaptions } from '../model/panel-captions.ts';
import { DEFAULT_LANDSCAPE_STATE, type LandscapeState } from '../state/landscape-state.ts';
import { ALL_METHODS, METHOD_IDS } from '../state/presets.ts';
import { updateLandscapeState } from '../state/update-landscape-state.ts';
import { basinSpec } from './basin-traces.ts';
import { landscapeSpec } from './landscape-traces.ts';
import { lossSpec } from './loss-traces.ts';
import { METHOD_STYLES } from './method-styles.ts';
import { phaseSpec, rateMapSpec } from './momentum-traces.ts';

const stateOf = (id: string, more: Partial<LandscapeState> = {}): LandscapeState => ({
  ...updateLandscapeState(DEFAULT_LANDSCAPE_STATE, { type: 'example', id }),
  ...more,
});
function viewOf(state: LandscapeState): LandscapeView {
  const r = createLandscapeModel().compute(state);
  if (r.error !== undefined) throw new Error(r.error);
  return r.view;
}
type Trace = { meta?: string; x?: unknown[]; y?: unknown[]; z?: unknown[][]; type?: string; mode?: string };

describe('the landscape trace builders', () => {
  test('METHOD_STYLES: every run has its own colour, marker and dash (never colour alone; the flow has no markers)', () => {
    for (const key of ['color', 'symbol', 'dash'] as const) {
      const values = METHOD_IDS.filter((id) => key !== 'dash' || id !== 'flow').map(
        (id) => METHOD_STYLES[id][key],
      );
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  test('landscapeSpec(view) draws the contours, one trace per shown run from x0, the critical points and their axes', () => {
    const view = viewOf(stateOf('regression-sgd', { methods: ALL_METHODS }));
    const data = landscapeSpec(view).data as Trace[];
    const metas = data.map((t) => t.meta);
    expect(metas[0]).toBe('contour');
    for (const id of METHOD_IDS) expect(metas).toContain(`run:${id}`);
    for (const t of data.filter((d) => d.meta?.startsWith('run:')))
      expect([t.x![0], t.y![0]]).toEqual([0, 0]);
    const axes = data.find((t) => t.meta === 'axes')!;
    expect(axes.x!.length).toBe(6); // two segments and their gaps
    const off = viewOf(stateOf('regression', { methods: 2 }));
    expect(
      (landscapeSpec(off).data as Trace[]).filter((t) => t.meta?.startsWith('run:')).map((t) => t.meta),
    ).toEqual(['run:gd']);
  });

  test('landscapeSpec(view) draws Rosenbrock on a log scale and the zigzag on F itself', () => {
    expect(viewOf(stateOf('rosenbrock')).grid.logScale).toBe(true);
    expect(viewOf(stateOf('zigzag')).grid.logScale).toBe(false);
  });

  test('lossSpec(view) puts only positive values on its log axes, and the GD–flow distance below', () => {
    const view = viewOf(stateOf('zigzag'));
    const spec = lossSpec(view);
    expect(spec.layout.yaxis?.type).toBe('log');
    const data = spec.data as Trace[];
    for (const t of data)
      for (const y of t.y!) expect(y === null || (typeof y === 'number' && y > 0)).toBe(true);
    expect(data.find((t) => t.meta === 'distance')!.y![0]).toBeNull(); // both start at x0: distance 0, a gap
  });

  test('rateMapSpec(m) marks the optimum and the current pair, and leaves diverging cells blank', () => {
    const view = viewOf(stateOf('zigzag'));
    const spec = rateMapSpec(view.momentum, 0.08, 0.2);
    const data = spec.data as Trace[];
    const opt = data.find((t) => t.meta === 'optimum')!;
    expect(opt.x![0]).toBe(view.momentum.map!.optimum!.learningRate);
    const z = data[0]!.z!;
    expect(z.flat().some((v) => v === null)).toBe(true);
    expect(z.flat().every((v) => v === null || (typeof v === 'number' && v < 1))).toBe(true);
    expect(data.find((t) => t.meta === 'current')!.x).toEqual([0.08]);
    expect((phaseSpec(view.momentum).data as Trace[]).map((t) => t.meta)).toEqual([
      'ode:0',
      'iterates:0',
      'ode:1',
      'iterates:1',
    ]);
  });

  test('computeBasins(two minima) labels the left starts by the deep minimum and the right by the shallow one', () => {
    const s = stateOf('two-minima');
    const box = [s.xMin, s.xMax, s.yMin, s.yMax] as const;
    const request = {
      loss: s.loss,
      params: {},
      box,
      learningRate: s.lr,
      steps: 200,
      count: 12,
      seed: 1,
    };
    const b = computeBasins({ ...request, resolution: 32 });
    expect(b.minima.length).toBe(2);
    const row = 16 * 32;
    const left = b.minima[b.labels[row]!]!;
    const right = b.minima[b.labels[row + 31]!]!;
    expect(left.x).toBeLessThan(0);
    expect(right.x).toBeGreaterThan(0);
    expect(left.value).toBeLessThan(right.value);
    expect(b.paths.length).toBe(12);
    const data = basinSpec(b, box).data as Trace[];
    expect(data.map((t) => t.meta)).toEqual(['basins', 'multistart', 'multistart-ends', 'minima']);
    expect(computeBasins({ ...request, loss: 'x +', resolution: 8 }).error).toBeDefined();
    const captions = panelCaptions(viewOf(s), b, s.lr);
    expect(captions.basins).toMatch(/coarse 32×32, refining….*2 minima/);
    expect(panelCaptions(undefined, undefined, 0.1).basins).toMatch(/Computing/);
    const opt = viewOf(s).momentum.map!.optimum!;
    expect(captions.rateMap).toContain(`β = ${opt.momentum.toPrecision(4)}`);
  });
});
