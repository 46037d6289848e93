import type * as PlotlyModule from 'plotly.js-dist-min';

/** The plotly.js API as the plot components use it. */
export type Plotly = typeof PlotlyModule;

let pending: Promise<Plotly> | undefined;

/**
 * Loads plotly.js once, by dynamic import, so that it lands in its own chunk and the controls paint before it.
 *
 * @example
 * ```ts
 * const Plotly = await loadPlotly();
 * typeof Plotly.newPlot; // 'function'
 * ```
 */
export function loadPlotly(): Promise<Plotly> {
  pending ??= import('plotly.js-dist-min').then((module) => {
    // Read by the frame-time benchmark: the controls must have painted before this moment.
    performance.mark('phaseflow:plotly-loaded');
    return (module as unknown as { default?: Plotly }).default ?? (module as unknown as Plotly);
  });
  return pending;
}
