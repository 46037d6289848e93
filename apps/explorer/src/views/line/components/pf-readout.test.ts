import { describe, expect, test } from 'vitest';
import { mount } from '../../../../test/test-helpers.ts';
import { formatNumber } from '../../../components/format-number.ts';
import type { IteratesView } from '../model/explorer-view.ts';
import { PfReadout } from './pf-readout.ts';

describe('pf-readout', () => {
  test('<pf-readout k> shows k, x_k, F(x_k), F′(x_k) and the status of the run', async () => {
    const iterates: IteratesView = {
      x: Float64Array.of(1, 0.5, 0.25),
      F: Float64Array.of(1, 0.25, 0.0625),
      dF: Float64Array.of(2, 1, 0.5),
      stepSizes: Float64Array.of(0.25, 0.25),
      status: 'max-iterations',
      message: 'ran 2 steps',
    };
    const readout = await mount(Object.assign(new PfReadout(), { iterates, k: 1 }));
    const text = (key: string) =>
      readout.shadowRoot!.querySelector(`[data-readout="${key}"]`)!.textContent!.trim();
    expect([text('k'), text('x'), text('F'), text('dF')]).toEqual(['1', '0.5', '0.25', '1']);
    expect(text('status')).toContain('max-iterations');
  });

  test('formatNumber(v, digits) rounds to significant digits without trailing zeros', () => {
    expect([formatNumber(0.123456, 4), formatNumber(2, 4), formatNumber(Number.NaN, 3)]).toEqual([
      '0.1235',
      '2',
      'NaN',
    ]);
  });
});
