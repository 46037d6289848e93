import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DIRECTIONS, FORMULA_KINDS } from '../state/shared-state.ts';
import { LIMITS, type LineState, REFERENCE_METHODS } from '../views/line/state/line-state.ts';
import { normalizeState } from '../views/line/state/normalize-state.ts';
import { PRESETS } from '../views/line/state/presets.ts';
import type { LineAction, NumericField } from '../views/line/state/update-state.ts';
import { type AppState, activeState, applyAction, decodeApp, encodeApp } from './app-state.ts';

// Issue 15, defect 1, on the pure functions: a session is a sequence of user actions and history steps, modelled
// as the browser keeps it (a list of URLs and a position; a committed change pushes, a drag replaces nothing).
// Whatever the sequence, the state is normalized, the URL of every entry reads back to the state it was written
// from, and back and forward show exactly the state of the entry they land on.
type Step =
  | { readonly kind: 'action'; readonly action: LineAction; readonly commit: boolean }
  | { readonly kind: 'back' | 'forward' };

const numericFields: NumericField[] = ['x0', 'eta', 'steps', 'decay', 'momentum', 'xMin', 'xMax', 'focus'];
const anyValue = fc.oneof(
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.double(),
  fc.constantFrom(0, 0.5, 1, 2, LIMITS.eta.max, -LIMITS.x0.max),
);
const lineAction: fc.Arbitrary<LineAction> = fc.oneof(
  fc.record({ type: fc.constant('preset' as const), preset: fc.constantFrom(...PRESETS.map((p) => p.id)) }),
  fc.record({
    type: fc.constant('number' as const),
    field: fc.constantFrom(...numericFields),
    value: anyValue,
  }),
  fc.record({ type: fc.constant('direction' as const), direction: fc.constantFrom(...DIRECTIONS) }),
  fc.record({ type: fc.constant('method' as const), method: fc.constantFrom(...REFERENCE_METHODS) }),
  fc.record({
    type: fc.constant('formula' as const),
    kind: fc.constantFrom(...FORMULA_KINDS),
    formula: fc.oneof(
      fc.constantFrom('x^2', 'x * (1 - x)', 'sin(x)', 'x*(1-x', '&p=square'),
      fc.string({ maxLength: 12 }),
    ),
  }),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('action' as const), action: lineAction, commit: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.constantFrom({ kind: 'back' as const }, { kind: 'forward' as const }) },
);

/** Plays a session; returns the first broken promise, or undefined. */
function play(steps: readonly Step[]): string | undefined {
  let app: AppState = decodeApp('');
  const entries = [encodeApp(app)];
  let position = 0;
  for (const [i, s] of steps.entries()) {
    if (s.kind === 'action') {
      const next = applyAction(app, s.action);
      app = next;
      if (s.commit) {
        const url = encodeApp(app);
        if (url !== entries[position]) {
          entries.splice(position + 1, Infinity, url);
          position++;
        }
      }
    } else {
      const target = s.kind === 'back' ? position - 1 : position + 1;
      if (target < 0 || target >= entries.length) continue;
      position = target;
      app = decodeApp(entries[position]!, app);
    }
    const state = activeState(app) as LineState;
    if (
      normalizeState(state, state) !== state &&
      JSON.stringify(normalizeState(state, state)) !== JSON.stringify(state)
    )
      return `step ${i}: the state is not normalized`;
    const reread = activeState(decodeApp(encodeApp(app)));
    if (JSON.stringify(reread) !== JSON.stringify(state))
      return `step ${i}: the URL does not read back to the state`;
    if (s.kind !== 'action' && encodeApp(app) !== entries[position])
      return `step ${i}: ${s.kind} shows another state than its entry holds`;
  }
  return undefined;
}

describe('a session of actions, back and forward, on the pure state functions', () => {
  test('after any 20 to 40 steps the state is normalized, its URL reads back to it, and history entries hold', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 40 }), (steps) => {
        expect(play(steps)).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
