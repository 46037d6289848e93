import { describe, expect, test } from 'vitest';
import { DEFAULT_LANDSCAPE_STATE, type LandscapeState } from '../state/landscape-state.ts';
import { updateLandscapeState } from '../state/update-landscape-state.ts';
import { createLandscapeModel, type LandscapeView } from './landscape-model.ts';
import { readoutLines, regressionLines } from './readout-text.ts';

/** |a − e| ≤ atol + rtol·|e|, printing all four on failure. */
function close(actual: number, expected: number, atol: number, rtol = 0): void {
  const ok = Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
  expect(ok, `actual ${actual}, expected ${expected}, atol ${atol}, rtol ${rtol}`).toBe(true);
}

function viewOf(state: LandscapeState): LandscapeView {
  const result = createLandscapeModel().compute(state);
  if (result.error !== undefined) throw new Error(result.error);
  return result.view;
}

const example = (id: string, more: Partial<LandscapeState> = {}) => ({
  ...updateLandscapeState(DEFAULT_LANDSCAPE_STATE, { type: 'example', id }),
  ...more,
});

describe('the chapter regression, computed and checked against the hand analysis', () => {
  // By hand: H = (2/4)·[[Σx², Σx], [Σx, 4]] = [[15, 5], [5, 2]], eigenvalues (17 ± √269)/2; the normal equations give
  // (w1, w2) = (0.7, 2.0); GD on a quadratic is e_k = (I − ηH)^k e_0 exactly.
  const lmax = (17 + Math.sqrt(269)) / 2;
  const lmin = (17 - Math.sqrt(269)) / 2;
  const view = viewOf(DEFAULT_LANDSCAPE_STATE);

  test('compute(regression) finds the one critical point, the least-squares solution (0.7, 2), with the hand Hessian', () => {
    expect(view.readouts.length).toBe(1);
    const r = view.readouts[0]!;
    close(r.x, 0.7, 1e-12);
    close(r.y, 2, 1e-12);
    expect(r.kind).toBe('minimum');
    close(r.eigenvalues[0], lmin, 1e-12, 1e-12);
    close(r.eigenvalues[1], lmax, 1e-12, 1e-12);
    close(lmin, 0.299, 1e-3);
    close(lmax, 16.7, 1e-2);
    close(r.kappa!, lmax / lmin, 0, 1e-12);
    close(r.kappa!, 55.8, 0.05);
    close(r.bound!, 2 / lmax, 0, 1e-12);
    close(r.rate, 1 - 0.01 * lmin, 1e-14);
    // Measured on the run itself: the slow direction's factor, to 1e-12.
    close(view.measured[0]!, 1 - 0.01 * lmin, 1e-12);
  });

  test('compute(regression) lands where (I − ηH)^500 takes (0, 0), not at (0.8, 1.5) and not at (0.7, 2)', () => {
    let e = [-0.7, -2];
    for (let k = 0; k < 500; k++) {
      e = [e[0]! - 0.01 * (15 * e[0]! + 5 * e[1]!), e[1]! - 0.01 * (5 * e[0]! + 2 * e[1]!)];
    }
    const f = view.regression!;
    close(f.landed[0], 0.7 + e[0]!, 1e-12);
    close(f.landed[1], 2 + e[1]!, 1e-12);
    close(f.distance, Math.hypot(e[0]!, e[1]!), 1e-12);
    close(f.slowRemaining, (1 - 0.01 * lmin) ** 500, 1e-12);
    close(f.minimum, 0.575, 1e-12);
    // The chapter's (0.8, 1.5): MSE by hand, residuals 2 − 2.3, 4 − 3.1, 5 − 3.9, 4 − 4.7.
    close(f.claimValue, (0.09 + 0.81 + 1.21 + 0.49) / 4, 1e-12);
    expect(f.distance).toBeGreaterThan(0.3);
    expect(Math.hypot(f.landed[0] - 0.8, f.landed[1] - 1.5)).toBeGreaterThan(0.1);
    const lines = regressionLines(f, 0.01);
    expect(lines[0]).toBe('After 500 steps of η = 0.01: (0.81995, 1.6473), MSE 0.59577.');
    expect(lines.join(' ')).toMatch(/neither the run's end nor the solution/);
  });

  test("compute(regression) maps momentum's optimum in closed form and the flow's distance to GD shrinks with η", () => {
    const opt = view.momentum.map!.optimum!;
    const s = Math.sqrt(lmax / lmin);
    close(opt.learningRate, 4 / (Math.sqrt(lmax) + Math.sqrt(lmin)) ** 2, 1e-12, 1e-12);
    close(opt.momentum, ((s - 1) / (s + 1)) ** 2, 1e-12, 1e-12);
    close(view.momentum.h, 0.1, 1e-15);
    close(view.momentum.gamma, (1 - 0.9) / 0.1, 1e-12);
    const half = viewOf({ ...DEFAULT_LANDSCAPE_STATE, lr: 0.005, steps: 1000 });
    // Euler's global error is O(h): halving η at the same t = 5 about halves the distance to the flow.
    const ratio = half.distance![1000]! / view.distance![500]!;
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(0.6);
  });
});

describe('the ill-conditioned quadratic F = (x² + κy²)/2', () => {
  test('compute(zigzag) predicts max(|1 − η|, |1 − ηκ|), measures it, and flags divergence just past 2/κ', () => {
    for (const kappa of [1.5, 7, 20, 55]) {
      const eta = 1.5 / kappa;
      const v = viewOf(example('zigzag', { params: { kappa }, lr: eta, steps: 400, sx: -2, sy: 1 }));
      const r = v.readouts[0]!;
      close(r.rate, Math.max(Math.abs(1 - eta), Math.abs(1 - eta * kappa)), 1e-14);
      close(v.measured[0]!, r.rate, 1e-9);
      expect(r.growing).toEqual([]);
      const past = viewOf(example('zigzag', { params: { kappa }, lr: 2 / kappa + 1e-9 })).readouts[0]!;
      expect(past.growing).toEqual([1]);
      expect(readoutLines(past, null, 2 / kappa + 1e-9).join('\n')).toMatch(/DIVERGES along \(0, 1\)/);
      const before = viewOf(example('zigzag', { params: { kappa }, lr: 2 / kappa - 1e-9 })).readouts[0]!;
      expect(before.growing).toEqual([]);
    }
  });

  test('compute(zigzag) gives κ its shared parameter slider over [1, 100], at the example value 20', () => {
    expect(viewOf(example('zigzag')).parameters).toEqual([
      { name: 'kappa', value: 20, min: 1, max: 100, chosen: true },
    ]);
  });

  test('compute(zigzag) runs the flow to the closed form x0·(e^−t, e^−κt) at t = kη', () => {
    const v = viewOf(example('zigzag'));
    const flow = v.runs.flow!;
    for (const k of [0, 10, 50, 200]) {
      const t = k * 0.08;
      close(flow.x[2 * k]!, -2 * Math.exp(-t), 1e-7);
      close(flow.x[2 * k + 1]!, Math.exp(-20 * t), 1e-7);
    }
  });
});

describe('the saddle and the two minima', () => {
  test('compute(saddle): κ undefined at the saddle, escape along the negative-curvature direction (0, ±1)', () => {
    const v = viewOf(example('saddle'));
    const kinds = v.readouts.map((r) => r.kind).sort();
    expect(kinds).toEqual(['minimum', 'minimum', 'saddle']);
    const saddle = v.readouts.find((r) => r.kind === 'saddle')!;
    close(saddle.eigenvalues[0], -1, 1e-12);
    close(saddle.eigenvalues[1], 1, 1e-12);
    expect(saddle.kappa).toBeNull();
    close(Math.abs(saddle.directions[0][1]), 1, 1e-12);
    const lines = readoutLines(saddle, null, 0.1).join('\n');
    expect(lines).toMatch(/κ undefined: a saddle/);
    expect(lines).toMatch(/escape along \(0, [-]?1\)/);
    // GD from just off the stable manifold leaves the saddle and ends at the minimum (0, 1).
    const gd = v.runs.gd!;
    close(gd.x[gd.x.length - 1]!, 1, 1e-6);
  });

  test('compute(two-minima) finds both minima and the saddle between, deeper on the left', () => {
    const v = viewOf(example('two-minima'));
    const minima = v.readouts.filter((r) => r.kind === 'minimum').sort((a, b) => a.x - b.x);
    expect(minima.length).toBe(2);
    expect(minima[0]!.value).toBeLessThan(minima[1]!.value);
    // ∂F/∂x = 4x(x² − 1) + 0.3 vanishes at each.
    for (const m of minima) close(4 * m.x * (m.x * m.x - 1) + 0.3, 0, 1e-12);
  });
});

describe('any typed loss', () => {
  test('compute(custom loss) returns a view or an error, never throws, for flat, singular, undefined and unbounded F', () => {
    const model = createLandscapeModel();
    for (const loss of [
      'x^2',
      '0',
      'x +',
      'sqrt(x) + y^2',
      'exp(x*y)',
      '1/(x^2 + y^2)',
      '-(x^2 + y^2)',
      'x^3 - 3*x + y^2',
      'floor(x) + y^2',
    ]) {
      const state = updateLandscapeState(DEFAULT_LANDSCAPE_STATE, { type: 'loss', loss });
      const result = model.compute({ ...state, methods: 63 });
      expect(result.view !== undefined || typeof result.error === 'string', loss).toBe(true);
    }
    const bad = model.compute(updateLandscapeState(DEFAULT_LANDSCAPE_STATE, { type: 'loss', loss: 'x +' }));
    expect(bad.error).toBeDefined();
    const terraced = model.compute(
      updateLandscapeState(DEFAULT_LANDSCAPE_STATE, { type: 'loss', loss: 'floor(x) + y^2' }),
    );
    expect(terraced.view?.fallback).toMatch(/∂F\/∂x/);
  });
});
