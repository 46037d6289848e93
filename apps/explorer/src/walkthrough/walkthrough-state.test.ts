import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { STEPS } from './steps.ts';
import { goToStep, initialState, nextStep, previousStep, setControl } from './walkthrough-state.ts';

describe('walkthrough state', () => {
  test('initialState(STEPS) starts on the first step with every control at its initial value', () => {
    const state = initialState(STEPS);
    expect(state.index).toBe(0);
    expect(state.values).toEqual(STEPS.map((s) => s.control.initial));
  });

  test('nextStep and previousStep stop at the ends and return the same object there', () => {
    const first = initialState(STEPS);
    expect(previousStep(first)).toBe(first);
    const last = goToStep(first, STEPS.length - 1);
    expect(last.index).toBe(STEPS.length - 1);
    expect(nextStep(last)).toBe(last);
    expect(nextStep(first).index).toBe(1);
    expect(previousStep(nextStep(nextStep(first))).index).toBe(1);
  });

  test('goToStep clamps out-of-range, fractional and NaN indices', () => {
    const state = initialState(STEPS);
    expect(goToStep(state, 99).index).toBe(STEPS.length - 1);
    expect(goToStep(state, -3).index).toBe(0);
    expect(goToStep(state, 4.7).index).toBe(4);
    expect(goToStep(state, Number.NaN).index).toBe(0);
  });

  test('setControl changes only the current step and ignores values the control does not offer', () => {
    const state = goToStep(initialState(STEPS), 7);
    const changed = setControl(state, STEPS, 0.125);
    expect(changed.values[7]).toBe(0.125);
    expect(changed.values.filter((_, i) => i !== 7)).toEqual(state.values.filter((_, i) => i !== 7));
    expect(setControl(state, STEPS, 0.3)).toBe(state);
    expect(setControl(state, STEPS, state.values[7]!)).toBe(state);
  });

  test('a step keeps its control value while the reader visits other steps', () => {
    const moved = setControl(goToStep(initialState(STEPS), 2), STEPS, -1.5);
    expect(goToStep(nextStep(moved), 2).values[2]).toBe(-1.5);
  });

  test('any sequence of updates keeps the index in range and every value allowed (fast-check)', () => {
    const action = fc.oneof(
      fc.constant({ kind: 'next' as const }),
      fc.constant({ kind: 'previous' as const }),
      fc.record({ kind: fc.constant('go' as const), index: fc.integer({ min: -20, max: 20 }) }),
      fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), raw: fc.double() }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let state = initialState(STEPS);
        for (const a of actions) {
          if (a.kind === 'next') state = nextStep(state);
          else if (a.kind === 'previous') state = previousStep(state);
          else if (a.kind === 'go') state = goToStep(state, a.index);
          else {
            const values = STEPS[state.index]!.control.values;
            state = setControl(state, STEPS, a.pick % 2 === 0 ? values[a.pick % values.length]! : a.raw);
          }
          expect(state.index).toBeGreaterThanOrEqual(0);
          expect(state.index).toBeLessThan(STEPS.length);
          for (const [i, v] of state.values.entries()) expect(STEPS[i]!.control.values).toContain(v);
        }
      }),
    );
  });
});
