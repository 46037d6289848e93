import { flowFromFormula } from '@phaseflow/formula';
import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE } from '../state/presets.ts';
import { createExplorerModel } from './explorer-model.ts';
import { resolutionNote } from './resolution-note.ts';
import { MAX_SHOWN_FORMULA } from './shown-formula.ts';

const nested = (depth: number) => `${'sin('.repeat(depth)}x${')'.repeat(depth)}`;
const view = (patch: Partial<typeof DEFAULT_STATE>) => {
  const result = createExplorerModel().compute({ ...DEFAULT_STATE, preset: 'custom', ...patch });
  if (result.error !== undefined) throw new Error(result.error);
  return result.view;
};

// Issue 14 item 1: what the line view computes stops at its budgets and says so.
describe('resolutionNote(flow)', () => {
  test('resolutionNote(flow) is undefined for a smooth formula, before and after evaluating F', () => {
    const flow = flowFromFormula('x*(1-x)');
    expect(resolutionNote(flow)).toBeUndefined();
    flow.potential.evaluate(3);
    expect(resolutionNote(flow)).toBeUndefined();
  });

  test('resolutionNote(flow) names the antiderivative once its budget stopped a refinement', () => {
    const flow = flowFromFormula('sin(1000000*x)');
    expect(resolutionNote(flow)).toBeUndefined();
    for (let x = -200; x <= 200; x += 0.5) flow.potential.evaluate(x);
    expect(resolutionNote(flow)).toMatch(/^Resolution limited: ∫₀ˣ f oscillates/);
  });

  test('resolutionNote(flow) says F′ is a central difference for a 198-deep sin(sin(…)) potential', () => {
    expect(resolutionNote(flowFromFormula(nested(198), 'potential'))).toMatch(/central differences/);
  });
});

describe('the line model at its budgets', () => {
  test('sin(1000000*x) on [-200, 200]: the view carries the note, F is finite on the grid', () => {
    const v = view({ formula: 'sin(1000000*x)', xMin: -200, xMax: 200, x0: 0.1 });
    expect(v.resolutionNote).toMatch(/Resolution limited/);
    expect(v.grid.F.every(Number.isFinite)).toBe(true);
    // The exact ∫₀ˣ sin(10⁶ t) dt = (1 − cos(10⁶ x))/10⁶ stays within 2·10⁻⁶; unrefined panels miss it (hence the
    // note), but the cells next to 0 on the side sampled first were refined within the budget and are right.
    const i = v.grid.x.findIndex((x) => x >= -0.5);
    const x = v.grid.x[i]!;
    expect(Math.abs(v.grid.F[i]! - (1 - Math.cos(1e6 * x)) / 1e6)).toBeLessThanOrEqual(1e-9);
  });

  test('a 198-deep sin potential: noted, and no text longer than MAX_SHOWN_FORMULA plus its length note', () => {
    const v = view({ kind: 'potential', formula: nested(198) });
    expect(v.resolutionNote).toMatch(/central differences/);
    const limit = MAX_SHOWN_FORMULA + 60;
    expect(v.flowText.length).toBeLessThanOrEqual(limit);
    expect(v.potentialText.length).toBeLessThanOrEqual(limit);
  });

  test('a 30-deep sin potential: F′ (2,442 characters) is shortened with its length said', () => {
    const v = view({ kind: 'potential', formula: nested(30) });
    expect(v.flowText).toMatch(/… \([\d,]+ characters, shortened\)$/);
    expect(v.resolutionNote).toBeUndefined();
  });

  test('the default view has no note', () => {
    expect(view({}).resolutionNote).toBeUndefined();
  });
});
