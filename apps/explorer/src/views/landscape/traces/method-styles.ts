import type { MethodId } from '../state/presets.ts';

/**
 * One look per run, from the Okabe–Ito palette (distinguishable with every common colour-vision deficiency), and
 * a marker shape and dash of its own, so no run is told apart by colour alone.
 */
export const METHOD_STYLES: Record<
  MethodId,
  { label: string; color: string; symbol: string; dash: string; glyph: string }
> = {
  flow: { label: 'gradient flow (dopri5)', color: '#000000', symbol: 'line-ew', dash: 'solid', glyph: '━' },
  gd: { label: 'gradient descent', color: '#D55E00', symbol: 'circle', dash: 'solid', glyph: '●' },
  heavyBall: { label: 'heavy ball (Polyak)', color: '#0072B2', symbol: 'square', dash: 'dot', glyph: '■' },
  nesterov: { label: 'Nesterov', color: '#009E73', symbol: 'diamond', dash: 'dash', glyph: '◆' },
  adam: { label: 'Adam', color: '#CC79A7', symbol: 'triangle-up', dash: 'dashdot', glyph: '▲' },
  sgd: { label: 'SGD (minibatches)', color: '#E69F00', symbol: 'x', dash: 'longdash', glyph: '✕' },
};

/** Basin colours: light Okabe–Ito tints, one per minimum in order of discovery (repeating after six). */
export const BASIN_TINTS = ['#f6dcc2', '#cde6f5', '#c4e8dc', '#f3d9e8', '#f7f2bf', '#d4dbe6'] as const;

/** Critical points and eigen-axes in ink. */
export const INK = '#1d2430';
