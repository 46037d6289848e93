import { expect, test } from 'vitest';
import { cobwebView } from '../model/cobweb-model.ts';
import { computeDiagram } from '../model/diagram.ts';
import { DEFAULT_MAP_STATE } from '../state/map-state.ts';
import { cobwebSpec } from './cobweb-traces.ts';
import { diagramSpec, LYAPUNOV_FLOOR } from './diagram-traces.ts';
import { orbitDensity } from './orbit-density.ts';

test('cobwebSpec draws the diagonal, the map, the staircase, x0 and the fixed points', () => {
  const result = cobwebView(DEFAULT_MAP_STATE);
  if (result.error !== undefined) throw new Error(result.error);
  const spec = cobwebSpec(result.view, DEFAULT_MAP_STATE);
  expect(spec.data.map((t) => t.name)).toEqual(['diagonal', 'map', 'staircase', 'x0', 'fixed points']);
  expect(spec.layout.xaxis?.range).toEqual([DEFAULT_MAP_STATE.xMin, DEFAULT_MAP_STATE.xMax]);
});

test('diagramSpec: bounded columns only, the η line, a band per attracting equilibrium, Lyapunov floored', () => {
  const s = { ...DEFAULT_MAP_STATE, eta: 2.2 };
  const d = computeDiagram({ ...s, params: {}, columns: 50, transient: 300, keep: 20 });
  const spec = diagramSpec(d, s);
  const [orbits, lyapunov, doublings] = spec.data as {
    x: number[];
    y: (number | null)[];
    z?: (number | null)[][];
  }[];
  // The image counts every kept iterate of every bounded column once.
  const bounded = Array.from(d.status).filter((c) => c === 0).length;
  const counted = orbits!.z!.flat().reduce<number>((sum, c) => sum + (c ?? 0), 0);
  expect(counted).toBe(bounded * 20);
  expect(orbits!.x).toEqual(Array.from(d.h)); // 50 columns: fewer than the image's 500, one each
  expect(lyapunov!.y.every((v) => v === null || v >= LYAPUNOV_FLOOR)).toBe(true);
  expect(doublings!.x.length).toBe(d.doublings.length);
  const shapes = spec.layout.shapes ?? [];
  const bands = shapes.filter((sh) => sh.type === 'rect');
  expect(bands.length).toBe(1); // x* = 1 attracts for η < 2; x* = 0 never
  expect(bands[0]!.x0).toBe(1);
  expect(Math.abs((bands[0]!.x1 as number) - 2)).toBeLessThan(1e-12);
  expect(shapes.some((sh) => sh.type === 'line' && sh.x0 === 2.2 && sh.x1 === 2.2)).toBe(true);
});

test('orbitDensity merges consecutive columns into at most maxColumns, counting every kept iterate once', () => {
  const h = Float64Array.from({ length: 10 }, (_, j) => j);
  const x = Float64Array.from({ length: 30 }, (_, k) => (k % 3) / 3);
  const density = orbitDensity(h, x, (j) => j !== 4, 3, 5, 4);
  expect(density.x.length).toBe(4);
  expect(density.z.flat().reduce<number>((sum, c) => sum + (c ?? 0), 0)).toBe(27);
  expect(density.x[0]).toBeCloseTo((0 + 1 + 2) / 3, 12);
});
