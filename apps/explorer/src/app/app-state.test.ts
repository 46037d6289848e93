import { describe, expect, test } from 'vitest';
import { BOUND_MAX_PREFIX, BOUND_MIN_PREFIX } from '../state/parameter-bounds.ts';
import { PARAM_PREFIX, SHARED_PARAMS, VIEW_PARAM } from '../state/shared-state.ts';
import { DEFAULT_STATE, PRESETS, presetState } from '../views/line/state/presets.ts';
import { encodeState } from '../views/line/state/url-codec.ts';
import { activeState, applyAction, decodeApp, encodeApp, switchView } from './app-state.ts';
import { DEFAULT_VIEW, VIEWS, viewById } from './view-registry.ts';

describe('the view registry', () => {
  test('every view has a unique lowercase id and a tag with a hyphen; line comes first, the default', () => {
    const ids = VIEWS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of VIEWS) {
      expect(v.id).toMatch(/^[a-z]+$/);
      expect(v.tag).toMatch(/^[a-z]+-[a-z-]+$/);
      expect(viewById(v.id)).toBe(v);
    }
    expect(DEFAULT_VIEW.id).toBe('line');
  });

  test('no view field collides with view=, a shared field or the par., parmin. and parmax. prefixes of formula parameters', () => {
    const shared = new Set<string>([VIEW_PARAM, ...Object.values(SHARED_PARAMS)]);
    for (const v of VIEWS) {
      for (const name of Object.values(v.ownParams)) {
        expect(shared.has(name), `${v.id}: ${name}`).toBe(false);
        expect(name.startsWith(PARAM_PREFIX), `${v.id}: ${name}`).toBe(false);
        for (const prefix of [BOUND_MIN_PREFIX, BOUND_MAX_PREFIX])
          expect(name.startsWith(prefix), `${v.id}: ${name}`).toBe(false);
      }
      // Each view writes every shared field and its own, and reads back what it wrote.
      const state = v.decode(new URLSearchParams(''));
      const written = new URLSearchParams(v.encode(state));
      for (const name of [...Object.values(SHARED_PARAMS), ...Object.values(v.ownParams)])
        expect(written.has(name), `${v.id}: ${name}`).toBe(true);
      expect(v.decode(written)).toEqual(state);
    }
  });
});

describe('app state and its URL', () => {
  test('a link without view= opens the line view exactly as before the views existed', () => {
    for (const preset of PRESETS) {
      const old = `?${encodeState({ ...presetState(preset), eta: 0.123 })}`;
      const app = decodeApp(old);
      expect(app.view).toBe('line');
      expect(activeState(app)).toEqual({ ...presetState(preset), eta: 0.123 });
    }
    expect(activeState(decodeApp('?p=square'))).toEqual(presetState(PRESETS[1]!));
    expect(decodeApp('?view=nonsense').view).toBe('line');
  });

  test('encodeApp writes view= first, then the active view fields; decodeApp reads it back', () => {
    const app = applyAction(decodeApp(''), { type: 'number', field: 'eta', value: 0.25 });
    const search = encodeApp(app);
    expect(search.startsWith('view=line&p=logistic&')).toBe(true);
    expect(decodeApp(search)).toEqual(app);
  });

  test('formula parameters travel as par.<name> and survive the round trip; bad ones are dropped', () => {
    const app = decodeApp('?p=logistic&par.a=2&par.b=-0.5&par.1x=3&par.c=banana&par.__proto__=4');
    expect(Object.keys(activeState(app).params)).toEqual(['__proto__', 'a', 'b']);
    expect(activeState(app).params).toMatchObject({ a: 2, b: -0.5 });
    const again = decodeApp(encodeApp(app));
    expect(again).toEqual(app);
    expect(new URLSearchParams(encodeApp(app)).get('par.a')).toBe('2');
    expect(activeState(decodeApp('')).params).toEqual({});
  });

  test('switching views keeps each view state and carries the shared fields', () => {
    const app = applyAction(decodeApp('?p=square'), { type: 'number', field: 'steps', value: 40 });
    // Only one view exists yet: switching to it or to an unknown view changes nothing.
    expect(switchView(app, 'line')).toBe(app);
    expect(switchView(app, 'nonsense')).toBe(app);
    // The line view adopting shared fields from elsewhere keeps its own fields.
    const line = viewById('line')!;
    const adopted = line.adopt(activeState(app), {
      ...activeState(app),
      eta: 0.3,
      x0: 1,
    }) as typeof DEFAULT_STATE;
    expect([adopted.steps, adopted.eta, adopted.x0, adopted.preset]).toEqual([40, 0.3, 1, 'square']);
    const fresh = line.adopt(undefined, { ...DEFAULT_STATE, preset: 'elsewhere', formula: 'x^3' });
    expect(fresh.preset).toBe('custom');
  });
});
