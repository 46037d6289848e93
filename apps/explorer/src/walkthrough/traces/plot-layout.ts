import type { Layout } from 'plotly.js-dist-min';
import { PALETTE } from '../../plots/plot-theme.ts';

/** The walkthrough's colours by role, from the palette it shares with the explorer (`plots/plot-theme.ts`). */
export const COLORS = {
  curve: PALETTE.blue,
  highlight: PALETTE.orange,
  faint: '#9aa5b1',
  increasing: PALETTE.green,
  decreasing: PALETTE.red,
  reference: PALETTE.ink,
} as const;

/**
 * A plotly layout with the walkthrough's margins and transparent background, axis titles `x` and `y`.
 *
 * @example
 * ```ts
 * plotLayout('t', 'x(t)').xaxis?.title; // { text: 't' }
 * ```
 */
export function plotLayout(xTitle: string, yTitle: string, extra: Partial<Layout> = {}): Partial<Layout> {
  return {
    margin: { l: 56, r: 16, t: 16, b: 48 },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: '#ffffff',
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: -0.2, xanchor: 'left', yanchor: 'top' },
    hovermode: 'closest',
    ...extra,
    xaxis: { title: { text: xTitle }, zeroline: true, ...extra.xaxis },
    yaxis: { title: { text: yTitle }, zeroline: true, ...extra.yaxis },
  };
}
