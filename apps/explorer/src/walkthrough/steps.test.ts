import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { STEPS } from './steps.ts';

/** Every number inside a plotly trace's x and y, to check that no trace carries NaN or ±∞ to the plot. */
function traceNumbers(trace: object): number[] {
  const out: number[] = [];
  for (const key of ['x', 'y'] as const) {
    const values = (trace as Record<string, unknown>)[key];
    if (values && typeof values === 'object' && 'length' in values)
      out.push(...Array.from(values as ArrayLike<number>));
  }
  return out;
}

test('STEPS has the eleven steps of the story, in order, with unique kebab-case ids', () => {
  expect(STEPS.map((s) => s.id)).toEqual([
    'derivative',
    'pendulum',
    'exponential-growth',
    'logistic-equation',
    'phase-portrait',
    'solutions',
    'equilibria',
    'euler',
    'gradient-ascent',
    'gradient-descent',
    'step-too-big',
  ]);
});

describe.each(STEPS.map((step, i) => [i + 1, step.id, step] as const))('step %i (%s)', (_n, _id, step) => {
  test('its equation typesets with KaTeX in strict mode (no warning, no error)', () => {
    const html = katex.renderToString(step.equation, {
      displayMode: true,
      throwOnError: true,
      strict: 'error',
    });
    expect(html).toContain('class="katex-display"');
  });

  test('its prose is three paragraphs and its control starts on one of its values', () => {
    expect(step.prose.length).toBeGreaterThanOrEqual(2);
    expect(step.control.values).toContain(step.control.initial);
    expect(new Set(step.control.values).size).toBe(step.control.values.length);
  });

  test('view(v) for every control value draws finite traces, a readout and a table with no NaN', () => {
    for (const value of step.control.values) {
      const view = step.view(value);
      expect(view.data.length).toBeGreaterThan(0);
      for (const trace of view.data) {
        const numbers = traceNumbers(trace);
        expect(numbers.every(Number.isFinite), `${step.id} at ${value}`).toBe(true);
      }
      expect(view.readout).not.toMatch(/NaN|Infinity|undefined/);
      for (const row of view.table?.rows ?? []) {
        expect(row.length).toBe(view.table!.columns.length);
        for (const cell of row)
          if (typeof cell === 'number') expect(Number.isFinite(cell), `${step.id} at ${value}`).toBe(true);
      }
    }
  });
});
