import { expect, test } from 'vitest';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import { orbit } from './orbit.ts';
import { orbitDiagram } from './orbit-diagram.ts';
import { stepMap } from './step-map.ts';

const logistic = (x: number) => x * (1 - x);

test('orbitDiagram columns are the orbits of stepMap at each h, bit for bit', () => {
  for (const tableau of [EULER_TABLEAU, RK4_TABLEAU]) {
    const d = orbitDiagram(logistic, tableau, {
      h: [0.5, 3.4],
      columns: 30,
      transient: 100,
      keep: 20,
      x0: 0.3,
    });
    expect(d.h.length).toBe(30);
    expect(d.x.length).toBe(600);
    expect([d.h[0], d.h[29]]).toEqual([0.5, 3.4]);
    d.h.forEach((h, j) => {
      const o = orbit(stepMap(logistic, tableau, h), 0.3, 119);
      expect(d.status[j], `${tableau.name} h = ${h}`).toBe(o.status);
      if (o.status === 'bounded') {
        expect(Array.from(d.x.subarray(j * 20, j * 20 + 20))).toEqual(Array.from(o.x.subarray(100)));
      }
    });
  }
});

test('orbitDiagram of Euler on the logistic: one value before h = 2, two before √6, four before 2.544', () => {
  const d = orbitDiagram(logistic, EULER_TABLEAU, { h: [1.9, 2.5], columns: 4, transient: 20_000, keep: 64 });
  const distinct = (j: number) =>
    new Set(Array.from(d.x.subarray(j * 64, j * 64 + 64), (v) => v.toFixed(6))).size;
  expect(Array.from(d.h)).toEqual([1.9, 2.1, 2.3, 2.5]);
  expect([distinct(0), distinct(1), distinct(2), distinct(3)]).toEqual([1, 2, 2, 4]);
});

test('orbitDiagram escaped and non-finite columns hold no NaN: the last iterate inside the radius, repeated', () => {
  const d = orbitDiagram(logistic, EULER_TABLEAU, {
    h: [3.3, 3.6],
    columns: 3,
    transient: 10,
    keep: 5,
    x0: 0.5,
  });
  expect(d.status).toEqual(['escaped', 'escaped', 'escaped']);
  for (let j = 0; j < 3; j++) {
    const o = orbit(stepMap(logistic, EULER_TABLEAU, d.h[j]!), 0.5, 14).x;
    const lastInside = o[o.length - 2]!;
    for (let i = 0; i < 5; i++) {
      const k = 10 + i;
      expect(d.x[j * 5 + i]).toBe(k < o.length - 1 ? o[k] : lastInside);
    }
  }
  const nonFinite = orbitDiagram((x) => -Math.sqrt(x) - 1, EULER_TABLEAU, {
    h: [1, 2],
    columns: 2,
    transient: 3,
    keep: 4,
    x0: 5,
  });
  expect(nonFinite.status).toEqual(['non-finite', 'non-finite']);
  expect(Array.from(nonFinite.x).some(Number.isNaN)).toBe(false);
});

test('orbitDiagram rejects bad options with coded errors', () => {
  const bad: [unknown, string][] = [
    [{ h: [1, 1] }, 'ERR_INVALID_ARG'],
    [{ h: [-1, 1] }, 'ERR_INVALID_ARG'],
    [{ h: [0, Number.POSITIVE_INFINITY] }, 'ERR_INVALID_ARG'],
    [{ h: [0, 1], columns: 1 }, 'ERR_INVALID_ARG'],
    [{ h: [0, 1], keep: 0 }, 'ERR_INVALID_ARG'],
    [{ h: [0, 1], transient: -1 }, 'ERR_INVALID_ARG'],
    [{ h: [0, 1], columns: 1e5, keep: 1e4 }, 'ERR_INVALID_ARG'],
    [{ h: [0, 1], x0: Number.NaN }, 'ERR_INVALID_ARG'],
    [{ h: [0, 1], steps: 3 }, 'ERR_UNKNOWN_OPTION'],
    [undefined, 'ERR_INVALID_ARG'],
  ];
  for (const [options, code] of bad) {
    expect(() => orbitDiagram(logistic, EULER_TABLEAU, options as never)).toThrow(
      expect.objectContaining({ code }),
    );
  }
});
