import { afterEach, expect, test } from 'vitest';
import './pf-walkthrough-control.ts';
import './pf-walkthrough-equation.ts';
import './pf-walkthrough-nav.ts';
import './pf-walkthrough-table.ts';
import { formatNumber } from '../../components/format-number.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

test('pf-walkthrough-control sends control-change with the value under the slider, and shows it formatted', async () => {
  const control = document.createElement('pf-walkthrough-control');
  control.label = 'step size h';
  control.values = [1, 0.5, 0.25];
  control.value = 0.5;
  control.format = (h) => `h = ${h}`;
  document.body.append(control);
  await control.updateComplete;
  const input = control.shadowRoot!.querySelector('input')!;
  expect(input.value).toBe('1');
  expect(input.getAttribute('aria-valuetext')).toBe('h = 0.5');
  const seen: number[] = [];
  document.body.addEventListener('control-change', (event) => seen.push(event.detail.value));
  input.value = '2';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  expect(seen).toEqual([0.25]);
});

test('pf-walkthrough-nav disables Previous on the first step, links every step and sends step-change', async () => {
  const nav = document.createElement('pf-walkthrough-nav');
  nav.titles = ['One', 'Two', 'Three'];
  nav.index = 0;
  document.body.append(nav);
  await nav.updateComplete;
  const root = nav.shadowRoot!;
  expect(root.querySelector<HTMLButtonElement>('button.previous')!.disabled).toBe(true);
  expect(root.querySelector<HTMLButtonElement>('button.next')!.disabled).toBe(false);
  expect(Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
    '#step-1',
    '#step-2',
    '#step-3',
  ]);
  expect(root.querySelector('a[aria-current="step"]')!.textContent).toContain('One');
  const seen: number[] = [];
  document.body.addEventListener('step-change', (event) => seen.push(event.detail.index));
  root.querySelector<HTMLButtonElement>('button.next')!.click();
  expect(seen).toEqual([1]);
});

test('pf-walkthrough-equation typesets its TeX with KaTeX', async () => {
  const equation = document.createElement('pf-walkthrough-equation');
  equation.tex = String.raw`x_{k+1} = x_k + h\,f(x_k)`;
  document.body.append(equation);
  await equation.updateComplete;
  expect(equation.shadowRoot!.querySelector('.katex-display .katex')).not.toBeNull();
  expect(equation.shadowRoot!.querySelector('annotation')!.textContent).toBe(equation.tex);
});

test('pf-walkthrough-table prints each column in its format', async () => {
  const table = document.createElement('pf-walkthrough-table');
  table.table = {
    caption: 'c',
    columns: [
      { label: 'k', format: 'text' },
      { label: 'x', format: 'full' },
      { label: 'e', format: 'sig3' },
    ],
    rows: [[1, 0.1 + 0.2, 1.77e-8]],
  };
  document.body.append(table);
  await table.updateComplete;
  const cells = Array.from(table.shadowRoot!.querySelectorAll('td'), (td) => td.textContent);
  expect(cells).toEqual(['1', '0.30000000000000004', '1.77e-8']);
  expect(formatNumber(0.0641618, 'sig3')).toBe('0.0642');
  expect(formatNumber(-0, 'full')).toBe('0');
});
