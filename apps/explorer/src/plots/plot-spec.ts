import type { Data, Layout } from 'plotly.js-dist-min';

/** A plot's traces and layout, as a trace builder returns them and `<pf-plot-panel>` draws them. */
export interface PlotSpec {
  readonly data: Data[];
  readonly layout: Partial<Layout>;
}

/** Nothing to draw (yet). */
export const EMPTY_SPEC: PlotSpec = { data: [], layout: {} };
