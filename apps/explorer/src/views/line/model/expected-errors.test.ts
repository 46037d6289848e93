import { flowFromFormula } from '@phaseflow/formula';
import { describe, expect, test } from 'vitest';
import { analyzeFlow } from './flow-analysis.ts';
import { loadFlow } from './formula-flow.ts';
import { runIterates } from './iterate-run.ts';

// Issue 13 item 6: each catch in the line model takes the coded errors it expects and lets a bug surface.
const run = { direction: 'descent', x0: 0.5, eta: 0.1, steps: 5, decay: 1, momentum: 0 } as const;
const bug = () => {
  throw new TypeError('a bug');
};

describe('the line model’s catch blocks', () => {
  test('analyzeFlow(g) gives an empty phase line for a flow phaseLine refuses, and rethrows a bug in g', () => {
    expect(analyzeFlow(() => Number.NaN, undefined, -1, 1)).toEqual({ equilibria: [], intervals: [] });
    expect(() => analyzeFlow(bug, undefined, -1, 1)).toThrow(TypeError);
  });

  test('runIterates(flow) reports a refused start as non-finite, and rethrows a bug in F′', () => {
    const flow = flowFromFormula('sqrt(x)');
    const refused = runIterates(flow, { ...run, x0: -1 });
    expect(refused.status).toBe('non-finite');
    expect(refused.message).not.toBe('');
    const broken = { ...flow, gradient: { ...flow.gradient, evaluate: bug } };
    expect(() => runIterates(broken, run)).toThrow(TypeError);
  });

  test('loadFlow(kind, text) turns every FormulaError into a message, whatever the text', () => {
    for (const text of [
      'x*(1-x',
      'y',
      'import(x)',
      'x = 1',
      '"s"',
      `${'('.repeat(300)}x${')'.repeat(300)}`,
    ]) {
      expect(loadFlow('ode', text).error).toBeTypeOf('string');
    }
  });
});
