import { expect, test } from 'vitest';
import { decodeState } from '../views/line/state/url-codec.ts';
import { decodePlaneState } from '../views/plane/state/url-codec.ts';
import { explorerHref, explorerState, isPlaneLink, planeLinkState } from './explorer-link.ts';
import { STEPS } from './steps.ts';

test("explorerHref(step.explorer(v)) decodes, with the explorer's own codec, to the state the step asked for", () => {
  for (const step of STEPS) {
    for (const value of step.control.values) {
      const params = step.explorer(value);
      const href = explorerHref(params);
      if (isPlaneLink(params)) {
        // A plane link: the plane view's codec reads it back to the state the step asked for.
        expect(href.startsWith('./?view=plane&')).toBe(true);
        const plane = decodePlaneState(new URLSearchParams(href.slice(2)));
        expect(plane, `${step.id} at ${value}`).toEqual(planeLinkState(params));
        for (const [key, wanted] of Object.entries(params)) {
          if (key !== 'view')
            expect(plane[key as keyof typeof plane], `${step.id} at ${value}: ${key}`).toEqual(wanted);
        }
        continue;
      }
      expect(href.startsWith('./?')).toBe(true);
      const decoded = decodeState(href.slice(2));
      expect(decoded, `${step.id} at ${value}`).toEqual(explorerState(params));
      // Nothing the step set was clamped or dropped on the way.
      for (const [key, wanted] of Object.entries(params)) {
        expect(decoded[key as keyof typeof decoded], `${step.id} at ${value}: ${key}`).toEqual(wanted);
      }
    }
  }
});

test('explorerState keeps the preset view for the fields a step leaves alone', () => {
  const state = explorerState({ preset: 'logistic', eta: 0.25 });
  expect(state.eta).toBe(0.25);
  expect(state.formula).toBe('x * (1 - x)');
  expect(state.preset).toBe('logistic');
});
