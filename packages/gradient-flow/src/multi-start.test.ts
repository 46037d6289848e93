import { describe, expect, test } from 'vitest';
import { gradientDescent } from './gradient-descent.ts';
import { multiStart } from './multi-start.ts';
import { localGlobal } from './objectives/local-global.ts';
import { rosenbrock } from './objectives/rosenbrock.ts';
import { sine } from './objectives/sine.ts';

describe('multiStart(objective, { count, range, seed, learningRate })', () => {
  test('every run is bit-for-bit gradientDescent from its start (scalar, runs stopping at different steps)', () => {
    const r = multiStart(localGlobal(), {
      count: 12,
      range: [-3, 3],
      seed: 5,
      learningRate: 0.05,
      steps: 3000,
    });
    expect(r.runs.length).toBe(12);
    const iterations = new Set(r.runs.map((run) => run.iterations));
    expect(iterations.size).toBeGreaterThan(3); // members stop on their own
    r.runs.forEach((run, m) => {
      const alone = gradientDescent(localGlobal(), r.starts[m]!, { learningRate: 0.05, steps: 3000 });
      expect(run.status).toBe(alone.status);
      expect(Array.from(run.x)).toEqual(Array.from(alone.x));
      expect(Array.from(run.values)).toEqual(Array.from(alone.values));
    });
  });

  test('every run is bit-for-bit gradientDescent from its start (2-D Rosenbrock, one run diverging)', () => {
    const range = [
      [-2, 2],
      [-1, 3],
    ] as const;
    const r = multiStart(rosenbrock(), { count: 6, range, seed: 2, learningRate: 1.5e-3, steps: 2000 });
    r.runs.forEach((run, m) => {
      const alone = gradientDescent(rosenbrock(), r.starts.subarray(2 * m, 2 * m + 2), {
        learningRate: 1.5e-3,
        steps: 2000,
      });
      expect(run.status).toBe(alone.status);
      expect(Array.from(run.x)).toEqual(Array.from(alone.x));
    });
  });

  test('the best run reaches the global minimum of localGlobal while some runs end in the local one', () => {
    const r = multiStart(localGlobal(), {
      count: 10,
      range: [-3, 3],
      seed: 1,
      learningRate: 0.05,
      steps: 5000,
    });
    const finals = r.runs.map((run) => run.final);
    expect(finals.some((x) => Math.abs(x - 1) < 1e-6)).toBe(true);
    expect(r.runs[r.best]!.final).toBeCloseTo(-2, 6);
    for (const run of r.runs) expect(r.runs[r.best]!.finalValue).toBeLessThanOrEqual(run.finalValue);
  });

  test('equal seeds draw equal starts in the range; different seeds differ', () => {
    const a = multiStart(sine(), { count: 20, range: [-1, 4], seed: 9, learningRate: 0.3 });
    const b = multiStart(sine(), { count: 20, range: [-1, 4], seed: 9, learningRate: 0.3 });
    const c = multiStart(sine(), { count: 20, range: [-1, 4], seed: 10, learningRate: 0.3 });
    expect(Array.from(a.starts)).toEqual(Array.from(b.starts));
    expect(Array.from(a.starts)).not.toEqual(Array.from(c.starts));
    for (const x of a.starts) expect(x >= -1 && x < 4).toBe(true);
  });

  test('best is −1 when every run diverges', () => {
    const r = multiStart(
      { F: (x: number) => x * x, grad: (x: number) => 2 * x },
      { count: 3, range: [1, 2], learningRate: 1.5 },
    );
    expect(r.runs.every((run) => run.status === 'diverged')).toBe(true);
    expect(r.best).toBe(-1);
  });
});
