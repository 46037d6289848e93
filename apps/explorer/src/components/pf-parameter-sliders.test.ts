import { describe, expect, test } from 'vitest';
import { collect, mount } from '../../test/test-helpers.ts';
import { PfParameterSliders } from './pf-parameter-sliders.ts';

const SLIDERS = [
  { name: 'r', value: 2, min: -10, max: 10, chosen: false },
  { name: 'K', value: 3, min: 0, max: 10, chosen: false },
];

async function typeRange(element: PfParameterSliders, name: string, min: string, max: string) {
  const root = element.shadowRoot!;
  const box = (b: string) =>
    root.querySelector(`[data-parameter="${name}"] input[data-bound="${b}"]`) as HTMLInputElement;
  box('min').value = min;
  box('max').value = max;
  box('max').dispatchEvent(new Event('change'));
  await element.updateComplete;
}

describe('pf-parameter-sliders', () => {
  test('<pf-parameter-sliders> draws a slider and two range boxes per parameter, and nothing for none', async () => {
    const element = await mount(Object.assign(new PfParameterSliders(), { sliders: SLIDERS }));
    const root = element.shadowRoot!;
    expect([...root.querySelectorAll('pf-slider')].map((s) => s.dataset.param)).toEqual(['r', 'K']);
    const k = root.querySelectorAll<HTMLInputElement>('[data-parameter="K"] input');
    expect([...k].map((i) => i.value)).toEqual(['0', '10']);
    element.sliders = [];
    await element.updateComplete;
    expect(element.hidden).toBe(true);
  });

  test('a usable range sends a param-bounds action; an unusable one sends nothing and says why', async () => {
    const element = await mount(Object.assign(new PfParameterSliders(), { sliders: SLIDERS }));
    const seen = collect();
    await typeRange(element, 'K', '5', '2');
    expect(seen).toEqual([]);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/Range of K not changed: the lower bound must be less than the upper/);
    await typeRange(element, 'K', '', '4');
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).toMatch(/numbers/);
    await typeRange(element, 'K', '0.5', '4');
    expect(seen).toEqual([{ action: { type: 'param-bounds', name: 'K', min: 0.5, max: 4 }, commit: true }]);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  test('moving a slider sends a param action with the slider commit flag', async () => {
    const element = await mount(Object.assign(new PfParameterSliders(), { sliders: SLIDERS }));
    const seen = collect();
    const slider = element.shadowRoot!.querySelector('pf-slider[data-param="r"]')!;
    slider.dispatchEvent(
      new CustomEvent('slider-input', { detail: { value: 4, commit: false }, bubbles: true, composed: true }),
    );
    expect(seen).toEqual([{ action: { type: 'param', name: 'r', value: 4 }, commit: false }]);
  });
});
