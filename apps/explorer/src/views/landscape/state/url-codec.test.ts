import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_LANDSCAPE_STATE,
  type LandscapeAction,
  type LandscapeState,
  type NumberField,
} from './landscape-state.ts';
import { LANDSCAPE_PRESETS, METHOD_IDS } from './presets.ts';
import { updateLandscapeState } from './update-landscape-state.ts';
import { decodeLandscapeState, encodeLandscapeState, LANDSCAPE_PARAMS } from './url-codec.ts';

const fields: NumberField[] = [
  'xMin',
  'xMax',
  'yMin',
  'yMax',
  'lr',
  'steps',
  'beta',
  'adamLr',
  'batch',
  'seed',
];

/** Any sequence of user actions from the default: the states a real session can reach. */
const action: fc.Arbitrary<LandscapeAction> = fc.oneof(
  fc.record({
    type: fc.constant('example' as const),
    id: fc.constantFrom(...LANDSCAPE_PRESETS.map((p) => p.id), 'x'),
  }),
  fc.record({
    type: fc.constant('loss' as const),
    loss: fc.oneof(fc.string(), fc.constantFrom('x^2 + y^2', '&F=1')),
  }),
  fc.record({ type: fc.constant('number' as const), field: fc.constantFrom(...fields), value: fc.double() }),
  fc.record({
    type: fc.constant('toggle' as const),
    method: fc.constantFrom(...METHOD_IDS),
    on: fc.boolean(),
  }),
  fc.record({ type: fc.constant('start' as const), x: fc.double(), y: fc.double() }),
  fc.record({
    type: fc.constant('param-bounds' as const),
    name: fc.constantFrom('kappa', 'a'),
    min: fc.double(),
    max: fc.double(),
  }),
  fc.record({
    type: fc.constant('param' as const),
    name: fc.constantFrom('kappa', 'a', '__proto__', '1x'),
    value: fc.double(),
  }),
);
const reachable = fc
  .array(action, { maxLength: 10 })
  .map((actions) => actions.reduce(updateLandscapeState, DEFAULT_LANDSCAPE_STATE));

function valid(s: LandscapeState): void {
  expect(s.xMin < s.xMax && s.yMin < s.yMax).toBe(true);
  expect(s.sx >= s.xMin && s.sx <= s.xMax && s.sy >= s.yMin && s.sy <= s.yMax).toBe(true);
  expect(Number.isInteger(s.steps) && s.steps >= 1 && s.steps <= 2000).toBe(true);
  expect(s.lr > 0 && s.beta >= 0 && s.beta < 1 && s.adamLr > 0).toBe(true);
  expect(Number.isInteger(s.methods) && s.methods >= 0 && s.methods <= 63).toBe(true);
}

describe('the landscape view URL codec', () => {
  test('decodeLandscapeState(encodeLandscapeState(s)) equals s for every reachable state', () => {
    fc.assert(
      fc.property(reachable, (state) => {
        valid(state);
        expect(decodeLandscapeState(new URLSearchParams(encodeLandscapeState(state)))).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('decodeLandscapeState(any query string) is a valid state that survives encode then decode', () => {
    const names = [
      ...Object.values(LANDSCAPE_PARAMS),
      'p',
      'x0',
      'eta',
      'par.kappa',
      'par.a',
      'parmin.kappa',
      'parmax.kappa',
    ];
    const pair = fc.tuple(fc.constantFrom(...names), fc.oneof(fc.string(), fc.double().map(String)));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 10 }), (pairs) => {
        const state = decodeLandscapeState(new URLSearchParams(pairs));
        valid(state);
        expect(decodeLandscapeState(new URLSearchParams(encodeLandscapeState(state)))).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('a link naming only an example opens it with its loss, box, start, step and parameters', () => {
    const s = decodeLandscapeState(new URLSearchParams('ex=zigzag'));
    expect([s.loss, s.sx, s.sy, s.lr, s.params.kappa]).toEqual(['(x^2 + kappa*y^2) / 2', -2, 1, 0.08, 20]);
    const r = decodeLandscapeState(new URLSearchParams(''));
    expect([r.example, r.lr, r.steps, r.sx, r.sy]).toEqual(['regression', 0.01, 500, 0, 0]);
  });

  test('updateLandscapeState: toggles flip one bit, a click moves the start, typing an example loss names it', () => {
    const off = updateLandscapeState(DEFAULT_LANDSCAPE_STATE, { type: 'toggle', method: 'gd', on: false });
    expect(off.methods).toBe(DEFAULT_LANDSCAPE_STATE.methods & ~2);
    const moved = updateLandscapeState(DEFAULT_LANDSCAPE_STATE, { type: 'start', x: 1, y: 2 });
    expect([moved.sx, moved.sy]).toEqual([1, 2]);
    const typed = updateLandscapeState(DEFAULT_LANDSCAPE_STATE, {
      type: 'loss',
      loss: '(1 - x)^2 + 100*(y - x^2)^2',
    });
    expect(typed.example).toBe('rosenbrock');
    expect(updateLandscapeState(DEFAULT_LANDSCAPE_STATE, { type: 'start', x: 0, y: 0 })).toBe(
      DEFAULT_LANDSCAPE_STATE,
    );
  });
});
