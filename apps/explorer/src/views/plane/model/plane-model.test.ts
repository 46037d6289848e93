import { describe, expect, test } from 'vitest';
import { DEFAULT_PLANE_STATE, exampleFields, normalizePlaneState } from '../state/plane-state.ts';
import { createPlaneModel } from './plane-model.ts';

const stateOf = (id: string) => normalizePlaneState({ ...DEFAULT_PLANE_STATE, ...exampleFields(id) });

describe('createPlaneModel().compute(state)', () => {
  test('damped pendulum: saddles and stable foci alternate along y = 0, separatrices drawn, no cycle', () => {
    const { view } = createPlaneModel().compute(stateOf('pendulum-damped'));
    expect(view!.points.map((p) => p.kind)).toEqual([
      'stable-focus',
      'saddle',
      'stable-focus',
      'saddle',
      'stable-focus',
    ]);
    expect(view!.separatrices.length).toBe(8); // four branches for each of the two saddles
    expect(view!.cycle).toBeNull();
    expect(view!.field.u.length).toBe(1600);
  });

  test('Van der Pol: the trajectory reaches the limit cycle of period 6.66329', () => {
    const { view } = createPlaneModel().compute(stateOf('van-der-pol'));
    expect(view!.cycle!.kind).toBe('limit-cycle');
    expect(Math.abs(view!.cycle!.period - 6.663286859323) <= view!.cycle!.accuracy + 1e-8).toBe(true);
  });

  test('gradient system: real eigenvalues only, no cycle (F falls along every orbit)', () => {
    const { view } = createPlaneModel().compute(stateOf('gradient'));
    expect(view!.points.map((p) => p.kind)).toEqual(['stable-node', 'saddle', 'stable-node']);
    expect(view!.points.every((p) => p.eigenvalues.im.every((v) => v === 0))).toBe(true);
    expect(view!.cycle).toBeNull();
  });

  test('the trajectory passes through the traced start at t = 0, traced both ways', () => {
    const state = { ...stateOf('pendulum'), tx: 1, ty: 0.5 };
    const { view } = createPlaneModel().compute(state);
    const mid = view!.trajectory.t.length >> 1;
    expect([view!.trajectory.t[mid], view!.trajectory.x[mid], view!.trajectory.y[mid]]).toEqual([0, 1, 0.5]);
    expect(view!.trajectory.t[0]).toBeLessThan(0);
    expect(view!.cycle?.kind).toBe('closed-orbit'); // the undamped pendulum: a family around the center
  });

  test('a formula that does not parse is an error, not a throw', () => {
    const result = createPlaneModel().compute({ ...DEFAULT_PLANE_STATE, fx: 'x +* y' });
    expect(result.error).toMatch(/./);
  });
});

describe('Euler overlay', () => {
  test("Euler's iterates at step h start at the traced point and are x_{k+1} = x_k + h f(x_k), bit for bit", () => {
    const state = { ...stateOf('pendulum'), tx: 1, ty: 0, h: 0.25, span: 2 };
    const { view } = createPlaneModel().compute(state);
    const e = view!.euler!;
    expect(e.length).toBe(2 * 9); // 8 steps of 0.25 fill the span 2
    let [x, y] = [1, 0];
    for (let k = 0; k < 9; k++) {
      expect([e[2 * k], e[2 * k + 1]]).toEqual([x, y]);
      [x, y] = [x + 0.25 * y, y + 0.25 * -Math.sin(x)];
    }
    expect(createPlaneModel().compute(stateOf('pendulum')).view!.euler).toBeNull(); // h = 0: none
  });
});
