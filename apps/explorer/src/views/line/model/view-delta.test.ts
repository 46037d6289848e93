import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE } from '../state/presets.ts';
import { createExplorerModel } from './explorer-model.ts';
import type { ExplorerView } from './explorer-view.ts';
import { mergeViewDelta, viewDelta } from './view-delta.ts';

const model = createExplorerModel();
const viewOf = (state: typeof DEFAULT_STATE): ExplorerView => {
  const result = model.compute(state);
  if (result.error !== undefined) throw new Error(result.error);
  return result.view;
};
const base = viewOf(DEFAULT_STATE);

describe('viewDelta(previous, next) and mergeViewDelta(previous, delta)', () => {
  test('viewDelta(undefined, view) sends every field', () => {
    const d = viewDelta(undefined, base);
    expect(d.same).toEqual([]);
    expect(Object.keys(d.changed).sort()).toEqual(Object.keys(base).sort());
  });

  test('merge(previous, delta(previous, next)) has next’s values and previous’s objects where they were the same (10^4 cases)', () => {
    // Small stand-ins for the view's fields (objects, arrays, strings, numbers): the property is about identity.
    const previous: Record<string, unknown> = {
      grid: { x: Float64Array.of(1, 2) },
      family: [{ x0: 1 }],
      equilibria: [],
      flowText: 'x',
      tMax: 2,
      resolutionNote: undefined,
    };
    const keys = Object.keys(previous);
    fc.assert(
      fc.property(fc.subarray(keys), fc.boolean(), (replaced, withPrevious) => {
        const next: Record<string, unknown> = { ...previous };
        for (const key of replaced) next[key] = structuredClone(previous[key]);
        const before = (withPrevious ? previous : undefined) as ExplorerView | undefined;
        // Across the worker boundary the delta is a copy: only `same` keeps identity.
        const delta = structuredClone(viewDelta(before, next as unknown as ExplorerView));
        const merged = mergeViewDelta(before, delta) as unknown as Record<string, unknown>;
        expect(merged).toEqual(next);
        for (const key of keys) {
          const kept = withPrevious && !replaced.includes(key);
          if (typeof previous[key] === 'object' && previous[key] !== null)
            expect(merged[key] === previous[key]).toBe(kept);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  test('a model step that changes η keeps the grid, the analysis and the family by identity', () => {
    const next = viewOf({ ...DEFAULT_STATE, eta: 0.45 });
    const d = viewDelta(base, next);
    expect(d.same).toEqual(expect.arrayContaining(['grid', 'equilibria', 'intervals', 'family']));
    expect(Object.keys(d.changed)).toEqual(expect.arrayContaining(['iterates', 'euler']));
  });
});
