import { expect, test } from 'vitest';
import { DEFAULT_MAP_STATE } from '../state/map-state.ts';
import { cobwebView } from './cobweb-model.ts';
import { computeDiagram, type DiagramRequest, transferables } from './diagram.ts';
import { mapFlow } from './map-flow.ts';

const LOGISTIC: DiagramRequest = {
  kind: 'ode',
  formula: 'x * (1 - x)',
  direction: 'ascent',
  params: {},
  method: 'euler',
  hMin: 1,
  hMax: 3.2,
  x0: 0.3,
  xMin: -0.4,
  xMax: 1.6,
  columns: 1000,
  transient: 500,
  keep: 200,
};

test('computeDiagram(logistic, Euler): doublings 2 and √6, the bound η < 2 of x* = 1, escape past 3, no NaN', () => {
  const d = computeDiagram(LOGISTIC);
  expect(d.error).toBe('');
  expect(d.h.length).toBe(1000);
  expect(d.x.length).toBe(200_000);
  expect(d.x.some(Number.isNaN)).toBe(false);
  expect(Math.abs(d.doublings[0]! - 2)).toBeLessThan(1e-9);
  expect(Math.abs(d.doublings[1]! - Math.sqrt(6))).toBeLessThan(1e-9);
  // Equilibria 0 (repelling: bound 0) and 1 (attracting for η < 2 = 2/|f′(1)|).
  expect(Array.from(d.equilibria).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([0, 1]);
  expect(d.bounds[0]).toBe(0);
  expect(Math.abs(d.bounds[1]! - 2)).toBeLessThan(1e-12);
  d.h.forEach((h, j) => {
    if (h < 3) expect(d.status[j]).toBe(0);
    if (h > 3.01) expect(d.status[j]).toBe(1);
  });
  // Lyapunov: ln|1 − η| on the fixed point's band, positive somewhere in the chaotic range.
  const j = 200; // η = 1 + 2.2·200/999
  expect(Math.abs(d.lyapunov[j]! - Math.log(Math.abs(1 - d.h[j]!)))).toBeLessThan(1e-6);
  expect(Math.max(...Array.from(d.lyapunov).filter(Number.isFinite))).toBeGreaterThan(0.5);
  expect(transferables(d).length).toBe(7);
});

test('computeDiagram of the double well (descent on x⁴/4 − x²/2): both minima attract for η < 1', () => {
  const d = computeDiagram({
    ...LOGISTIC,
    kind: 'potential',
    formula: 'x^4/4 - x^2/2',
    direction: 'descent',
    hMin: 0.5,
    hMax: 1.6,
    x0: 0.5,
    xMin: -2,
    xMax: 2,
  });
  const bounds = Array.from(d.equilibria, (x, i) => [
    Math.round(x * 1e6) / 1e6,
    Math.round(d.bounds[i]! * 1e9) / 1e9,
  ]);
  expect(bounds).toEqual([
    [-1, 1],
    [0, 0],
    [1, 1],
  ]);
  expect(Math.abs(d.doublings[0]! - 1)).toBeLessThan(1e-9);
});

test('mapFlow(…, { polynomial: true }) runs a polynomial by Horner’s rule with the values of the compiled formula', () => {
  for (const input of [
    { kind: 'ode', formula: 'x * (1 - x)', direction: 'ascent' },
    { kind: 'potential', formula: 'x^4/4 - x^2/2', direction: 'descent' },
    { kind: 'potential', formula: 'x^2', direction: 'descent' },
  ] as const) {
    const fast = mapFlow({ ...input, params: {} }, { polynomial: true });
    const plain = mapFlow({ ...input, params: {} });
    if (fast.error !== undefined || plain.error !== undefined) throw new Error('unreadable');
    for (const x of [-1.7, -0.3, 0, 0.4, 1, 2.5]) {
      expect(Math.abs(fast.flow.g(x) - plain.flow.g(x))).toBeLessThanOrEqual(
        1e-14 * Math.max(1, Math.abs(plain.flow.g(x))),
      );
      expect(Math.abs(fast.flow.gPrime(x) - plain.flow.gPrime(x))).toBeLessThanOrEqual(
        1e-13 * Math.max(1, Math.abs(plain.flow.gPrime(x))),
      );
    }
  }
});

test('computeDiagram reports a formula that cannot be read, with empty arrays', () => {
  const d = computeDiagram({ ...LOGISTIC, formula: 'x*(1-' });
  expect(d.error).not.toBe('');
  expect(d.h.length).toBe(0);
});

test('mapFlow reads the shared fields as the line view does: ascent +F′, descent −F′', () => {
  const flow = (input: Parameters<typeof mapFlow>[0]) => {
    const read = mapFlow(input);
    if (read.error !== undefined) throw new Error(read.error);
    return read.flow;
  };
  expect(flow({ kind: 'ode', formula: 'x*(1-x)', direction: 'ascent', params: {} }).g(0.5)).toBe(0.25);
  expect(flow({ kind: 'potential', formula: 'x^2', direction: 'descent', params: {} }).g(1)).toBe(-2);
  expect(
    flow({ kind: 'potential', formula: 'a*x^2', direction: 'descent', params: { a: 3 } }).gPrime(0),
  ).toBe(-6);
});

test('cobwebView at η = 1.5 on the logistic: x* = 1 has multiplier 1 − η = −0.5 and bound 2', () => {
  const result = cobwebView(DEFAULT_MAP_STATE);
  if (result.error !== undefined) throw new Error(result.error);
  const one = result.view.fixedPoints.find((p) => Math.abs(p.x - 1) < 1e-9)!;
  expect(Math.abs(one.multiplier + 0.5)).toBeLessThan(1e-12);
  expect(Math.abs(one.bound - 2)).toBeLessThan(1e-12);
  expect(result.view.webX.length).toBe(2 * DEFAULT_MAP_STATE.steps + 1);
  expect(result.view.status).toBe('bounded');
});
