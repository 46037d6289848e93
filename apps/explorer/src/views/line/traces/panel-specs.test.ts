import { describe, expect, test } from 'vitest';
import { createExplorerModel } from '../model/explorer-model.ts';
import type { ExplorerView } from '../model/explorer-view.ts';
import type { LineState } from '../state/line-state.ts';
import { DEFAULT_STATE } from '../state/presets.ts';
import { createPanelSpecs } from './panel-specs.ts';

const model = createExplorerModel();
const viewOf = (state: LineState): ExplorerView => {
  const result = model.compute(state);
  if (result.error !== undefined) throw new Error(result.error);
  return result.view;
};

describe('createPanelSpecs()', () => {
  test('build(view, k) keeps the flow spec when η moves with the focus at x0, and redraws the other two', () => {
    const build = createPanelSpecs();
    const a = build(viewOf(DEFAULT_STATE), 0);
    const b = build(viewOf({ ...DEFAULT_STATE, eta: 0.6 }), 0);
    expect(b.flow).toBe(a.flow);
    expect(b.solutions).not.toBe(a.solutions);
    expect(b.potential).not.toBe(a.potential);
  });

  test('build(view, k) rebuilds every panel when the focus moves', () => {
    const build = createPanelSpecs();
    const view = viewOf(DEFAULT_STATE);
    const a = build(view, 0);
    const b = build(view, 2);
    expect([b.flow === a.flow, b.solutions === a.solutions, b.potential === a.potential]).toEqual([
      false,
      false,
      false,
    ]);
    expect(build(view, 2)).toEqual(b);
  });

  test('build(view, k) rebuilds the flow panel when η moves x_k under the focus', () => {
    const build = createPanelSpecs();
    const a = build(viewOf(DEFAULT_STATE), 3);
    const b = build(viewOf({ ...DEFAULT_STATE, eta: 0.6 }), 3);
    expect(b.flow).not.toBe(a.flow);
  });
});
