import { describe, expect, test } from 'vitest';
import { collect, mount } from '../../../../test/test-helpers.ts';
import { niceStep } from '../../../components/nice-step.ts';
import { DEFAULT_STATE } from '../state/presets.ts';
import { PfControls } from './pf-controls.ts';

describe('pf-controls', () => {
  test('<pf-controls> sends a number action when the η slider moves, commit only on change', async () => {
    const controls = new PfControls();
    controls.state = DEFAULT_STATE;
    await mount(controls);
    const seen = collect();
    const slider = controls.shadowRoot!.querySelector('pf-slider[data-field="eta"]') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await slider.updateComplete;
    const input = slider.shadowRoot!.querySelector('input')!;
    input.value = '0.75';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toEqual([
      { action: { type: 'number', field: 'eta', value: 0.75 }, commit: false },
      { action: { type: 'number', field: 'eta', value: 0.75 }, commit: true },
    ]);
  });

  test('<pf-controls timeDependent> leaves out decay, momentum, direction and the method, keeps η, x0, steps, window', async () => {
    const fields = async (timeDependent: boolean) => {
      const controls = await mount(Object.assign(new PfControls(), { state: DEFAULT_STATE, timeDependent }));
      const root = controls.shadowRoot!;
      const shown = [...root.querySelectorAll('pf-slider')].map((e) => e.dataset.field);
      return [...shown, ...['fieldset', '#method', '#x-min'].filter((q) => root.querySelector(q) !== null)];
    };
    expect(await fields(false)).toEqual([
      'eta',
      'x0',
      'steps',
      'decay',
      'momentum',
      'fieldset',
      '#method',
      '#x-min',
    ]);
    expect(await fields(true)).toEqual(['eta', 'x0', 'steps', '#x-min']);
  });

  test('<pf-controls> sends a preset action when the example changes', async () => {
    const controls = await mount(Object.assign(new PfControls(), { state: DEFAULT_STATE }));
    const seen = collect();
    const select = controls.shadowRoot!.querySelector('select#preset') as HTMLSelectElement;
    select.value = 'sine';
    select.dispatchEvent(new Event('change'));
    expect(seen).toEqual([{ action: { type: 'preset', preset: 'sine' }, commit: true }]);
  });

  test('<pf-controls> sends the x window as number actions and shows the value in force again', async () => {
    const controls = await mount(Object.assign(new PfControls(), { state: DEFAULT_STATE }));
    const seen = collect();
    const xMax = controls.shadowRoot!.querySelector('input#x-max') as HTMLInputElement;
    xMax.value = '3';
    xMax.dispatchEvent(new Event('change'));
    expect(seen).toEqual([{ action: { type: 'number', field: 'xMax', value: 3 }, commit: true }]);
    await controls.updateComplete;
    expect(xMax.value).toBe(String(DEFAULT_STATE.xMax));
  });

  test('niceStep(x) is 1, 2 or 5 times a power of ten, at most x', () => {
    expect([niceStep(0.0037), niceStep(0.05), niceStep(7), niceStep(-1)]).toEqual([0.002, 0.05, 5, 0.01]);
  });
});
