import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE } from '../state/presets.ts';
import { updateState } from '../state/update-state.ts';
import { createExplorerModel, type ModelResult } from './explorer-model.ts';
import type { ExplorerView } from './explorer-view.ts';

describe('the line model with parameters', () => {
  test('r·x(1 − x/K): equilibria 0 and K, and a parameter action moves K without re-parsing', () => {
    const model = createExplorerModel();
    const formula = updateState(DEFAULT_STATE, { type: 'formula', kind: 'ode', formula: 'r*x*(1-x/K)' });
    const wide = updateState(formula, { type: 'number', field: 'xMax', value: 5 });
    const custom = updateState(wide, { type: 'number', field: 'xMin', value: -1 });
    const state = updateState(updateState(custom, { type: 'param', name: 'r', value: 2 }), {
      type: 'param',
      name: 'K',
      value: 3,
    });
    expect(state.params).toEqual({ r: 2, K: 3 });
    const first = viewOf(model.compute(state));
    expect(first.parameters.map((p) => [p.name, p.value])).toEqual([
      ['r', 2],
      ['K', 3],
    ]);
    expect(first.equilibria.map((e) => [e.x, e.kind])).toEqual([
      [0, 'unstable'],
      [3, 'stable'],
    ]);
    const moved = viewOf(model.compute(updateState(state, { type: 'param', name: 'K', value: 2.5 })));
    expect(moved.equilibria.map((e) => e.x)).toEqual([0, 2.5]);
  });
});

function viewOf(result: ModelResult): ExplorerView {
  if (result.error !== undefined) throw new Error(result.error);
  return result.view;
}
