import type { Layout } from 'plotly.js-dist-min';

/** The walkthrough's colours, named by role so that every step uses them the same way. */
export const COLORS = {
  curve: '#1f6fb2',
  highlight: '#d9822b',
  faint: '#9aa5b1',
  increasing: '#2e8b57',
  decreasing: '#c0392b',
  reference: '#1d2430',
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
