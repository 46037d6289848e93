import { expect, test } from 'vitest';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { cobweb } from './cobweb.ts';
import { orbit } from './orbit.ts';
import { stepMap } from './step-map.ts';

const logistic = (x: number) => x * (1 - x);

test('orbit(map, x0, n) holds x0 and n iterates of map.apply, for a step map or a plain function', () => {
  const map = stepMap(logistic, EULER_TABLEAU, 0.5);
  const { x, status } = orbit(map, 0.1, 10);
  expect(status).toBe('bounded');
  expect(x.length).toBe(11);
  let v = 0.1;
  for (let k = 0; k <= 10; k++, v = v + 0.5 * logistic(v)) expect(x[k]).toBe(v);
  expect(Array.from(orbit((y) => y / 2, 8, 3).x)).toEqual([8, 4, 2, 1]);
});

test('orbit stops with status escaped once |x| > escapeRadius, keeping the escaping iterate', () => {
  const { x, status } = orbit(stepMap(logistic, EULER_TABLEAU, 3.5), 0.5, 100);
  expect(status).toBe('escaped');
  expect(Math.abs(x[x.length - 1]!)).toBeGreaterThan(1e6);
  for (let k = 0; k < x.length - 1; k++) expect(Math.abs(x[k]!)).toBeLessThanOrEqual(1e6);
  expect(orbit((y) => 2 * y, 1, 50, { escapeRadius: 10 }).x.length).toBe(5); // 1, 2, 4, 8, 16
});

test('orbit stops with status non-finite on a NaN step, and holds no NaN', () => {
  const { x, status } = orbit(
    stepMap((y) => -Math.sqrt(y) - 1, EULER_TABLEAU, 1),
    1,
    20,
  );
  expect(status).toBe('non-finite');
  expect(Array.from(x)).toEqual([1, -1]); // √(−1) is NaN: the third value is not kept
});

test('cobweb(map, x0, n) alternates between the graph y = Φ(x) and the diagonal y = x', () => {
  const map = stepMap(logistic, EULER_TABLEAU, 2.2);
  const web = cobweb(map, 0.3, 40);
  expect(web.status).toBe('bounded');
  expect(web.x.length).toBe(81);
  expect([web.x[0], web.y[0]]).toEqual([0.3, 0.3]);
  for (let i = 1; i < web.x.length; i++) {
    if (i % 2 === 1)
      expect(web.y[i]).toBe(map.apply(web.x[i]!)); // on the graph
    else expect(web.y[i]).toBe(web.x[i]); // on the diagonal
    // Vertical then horizontal segments.
    if (i % 2 === 1) expect(web.x[i]).toBe(web.x[i - 1]);
    else expect(web.y[i]).toBe(web.y[i - 1]);
  }
  expect(Array.from(web.orbit)).toEqual(Array.from(orbit(map, 0.3, 40).x));
});

test('orbit and cobweb reject bad input with coded errors', () => {
  const codes = [
    () => orbit(3 as never, 0, 1),
    () => orbit(logistic, Number.NaN, 1),
    () => orbit(logistic, 0, -1),
    () => orbit(logistic, 0, 1.5),
    () => orbit(logistic, 0, 1, { escapeRadius: 0 }),
    () => cobweb({ apply: 1 } as never, 0, 1),
    () => cobweb(logistic, 0, 1e9),
  ];
  for (const call of codes) expect(call).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG' }));
  expect(() => orbit(logistic, 0, 1, { radius: 1 } as never)).toThrow(
    expect.objectContaining({ code: 'ERR_UNKNOWN_OPTION' }),
  );
  expect(() => orbit(() => 'x' as never, 0, 1)).toThrow(
    expect.objectContaining({ code: 'ERR_INVALID_RETURN' }),
  );
});
