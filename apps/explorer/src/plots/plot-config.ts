import type { Config } from 'plotly.js-dist-min';

/**
 * What plotly may offer: no "Share chart" (it would send the chart to a third-party cloud: nothing the user draws
 * leaves the machine), no logo, and a mode bar trimmed to zoom, pan and reset (the panels have their own PNG and SVG
 * buttons), shown on hover. On a phone (narrow or touch-only) there is no mode bar and no drag-zoom: the plot's top
 * stays visible and a vertical swipe scrolls the page.
 */
export const PLOT_CONFIG: Partial<Config> = {
  responsive: true,
  displaylogo: false,
  showSendToCloud: false,
  scrollZoom: false,
  displayModeBar: 'hover',
  modeBarButtons: [['zoom2d', 'pan2d', 'resetScale2d']],
};
export const PHONE_PLOT_CONFIG: Partial<Config> = { ...PLOT_CONFIG, displayModeBar: false };
/** Narrow screens and touch-only devices get the phone behaviour. */
export const PHONE_QUERY = '(max-width: 600px), (hover: none) and (pointer: coarse)';
