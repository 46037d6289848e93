import { describe, expect, test } from 'vitest';
import { collect, mount } from '../../test/test-helpers.ts';
import { PfFormulaInput } from './pf-formula-input.ts';

describe('pf-formula-input', () => {
  test('<pf-formula-input error> marks the box invalid and shows the message inline', async () => {
    const box = await mount(
      Object.assign(new PfFormulaInput(), { kind: 'ode', formula: 'x*(1-x', error: 'unbalanced' }),
    );
    const input = box.shadowRoot!.querySelector('input#formula')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(box.shadowRoot!.querySelector('#formula-message')!.textContent!.trim()).toBe('unbalanced');
  });

  test('<pf-formula-input limited> says the resolution is limited under the note, and not over an error', async () => {
    const note = 'Resolution limited: F′ is computed by central differences.';
    const box = await mount(
      Object.assign(new PfFormulaInput(), { formula: 'x', note: 'F(x) = x', limited: note }),
    );
    const shown = box.shadowRoot!.querySelector('p.limited')!;
    expect(shown.textContent!.trim()).toBe(note);
    expect(shown.getAttribute('role')).toBe('status');
    box.error = 'unbalanced';
    await box.updateComplete;
    expect(box.shadowRoot!.querySelector('p.limited')).toBeNull();
  });

  test('<pf-formula-input> sends the typed text as a formula action of its kind', async () => {
    const box = await mount(Object.assign(new PfFormulaInput(), { kind: 'potential', formula: 'x^2' }));
    const seen = collect();
    const input = box.shadowRoot!.querySelector('input#formula') as HTMLInputElement;
    input.value = 'x^4';
    input.dispatchEvent(new Event('input'));
    expect(seen).toEqual([{ action: { type: 'formula', kind: 'potential', formula: 'x^4' }, commit: false }]);
  });
});
