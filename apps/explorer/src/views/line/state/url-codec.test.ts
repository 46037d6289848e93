import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DIRECTIONS, FORMULA_KINDS, REFERENCE_METHODS } from './line-state.ts';
import { DEFAULT_STATE, PRESETS, presetState } from './presets.ts';
import { type LineAction, type NumericField, updateState } from './update-state.ts';
import { decodeState, encodeState } from './url-codec.ts';

const numericFields: NumericField[] = ['x0', 'eta', 'steps', 'decay', 'momentum', 'xMin', 'xMax', 'focus'];

/** Any sequence of user actions from the default view: the states a real session can reach. */
const action: fc.Arbitrary<LineAction> = fc.oneof(
  fc.record({ type: fc.constant('preset' as const), preset: fc.constantFrom(...PRESETS.map((p) => p.id)) }),
  fc.record({
    type: fc.constant('number' as const),
    field: fc.constantFrom(...numericFields),
    value: fc.double({ noNaN: false }),
  }),
  fc.record({ type: fc.constant('direction' as const), direction: fc.constantFrom(...DIRECTIONS) }),
  fc.record({ type: fc.constant('method' as const), method: fc.constantFrom(...REFERENCE_METHODS) }),
  fc.record({
    type: fc.constant('formula' as const),
    kind: fc.constantFrom(...FORMULA_KINDS),
    formula: fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('x^2', 'x * (1 - x)', '__proto__', '&f=1', 'r*x*(1 - x/K)'),
    ),
  }),
  fc.record({
    type: fc.constant('param' as const),
    name: fc.constantFrom('r', 'K', 'mu', '__proto__', 'a b'),
    value: fc.double(),
  }),
  fc.record({
    type: fc.constant('param-bounds' as const),
    name: fc.constantFrom('r', 'K', '__proto__'),
    min: fc.double({ min: -20, max: 20 }),
    max: fc.double({ min: -20, max: 20 }),
  }),
);
const reachableState = fc
  .array(action, { maxLength: 12 })
  .map((actions) => actions.reduce(updateState, DEFAULT_STATE));

describe('url codec', () => {
  test('decodeState(encodeState(s)) equals s for every reachable state', () => {
    fc.assert(
      fc.property(reachableState, (state) => {
        expect(decodeState(encodeState(state))).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });

  test('decodeState(search) gives a state that encodes and decodes to itself for any query string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(
          fc.constantFrom(
            'p',
            'f',
            'eta',
            'x0',
            'n',
            'k',
            'xmin',
            'xmax',
            'kind',
            'dir',
            'method',
            'beta',
            'decay',
            'par.r',
            'parmin.r',
            'parmax.r',
            'parmin.K',
            'parmax.K',
          ),
          fc.string(),
        ),
        (junk, params) => {
          const search = `${new URLSearchParams(params).toString()}&${junk}`;
          const state = decodeState(search);
          expect(decodeState(encodeState(state))).toEqual(state);
          expect(state.focus).toBeLessThanOrEqual(state.steps);
          expect(state.x0).toBeGreaterThanOrEqual(state.xMin);
          expect(state.x0).toBeLessThanOrEqual(state.xMax);
          for (const [name, { min, max }] of Object.entries(state.paramBounds)) {
            expect(min < max && state.params[name]! >= min && state.params[name]! <= max).toBe(true);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  test('decodeState("") is the default view, the logistic equation', () => {
    expect(decodeState('')).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE.formula).toBe('x * (1 - x)');
  });

  test('decodeState(search) keeps readable fields and replaces unreadable ones by the preset view', () => {
    const state = decodeState('?p=square&eta=0.3&x0=banana&n=1e1&k=');
    const square = presetState(PRESETS.find((p) => p.id === 'square')!);
    expect(state).toEqual({ ...square, eta: 0.3, steps: 10 });
  });

  test('decodeState(search) marks a preset link with another formula as custom', () => {
    expect(decodeState('?p=square&f=x%5E4').preset).toBe('custom');
    expect(decodeState('?p=square&f=x%5E2').preset).toBe('square');
  });

  test('encodeState(s) keeps a formula with URL-special characters intact', () => {
    const state = updateState(DEFAULT_STATE, { type: 'formula', kind: 'potential', formula: 'x&y=1#?%20+ü' });
    expect(decodeState(encodeState(state)).formula).toBe('x&y=1#?%20+ü');
  });
});
