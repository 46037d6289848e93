import type { Preset } from './presets.ts';

/**
 * The line view's examples with named parameters (a slider each) and with time: the logistic equation with growth
 * rate r and capacity K; a double well tilted by c (F′ = x³ − x + c has three zeros while |c| < 2/(3√3) ≈ 0.385 and
 * one beyond: a saddle-node); and three non-autonomous equations x′ = f(x, t), drawn as slope fields over (t, x).
 */
export const PARAMETER_PRESETS: readonly Preset[] = [
  {
    id: 'logistic-rk',
    label: 'logistic r·x(1 − x/K)',
    kind: 'ode',
    formula: 'r*x*(1 - x/K)',
    direction: 'ascent',
    x0: 0.2,
    eta: 0.25,
    steps: 40,
    xMin: -0.5,
    xMax: 3.5,
    etaRange: [0.01, 3],
    hint: 'The capacity K is the stable equilibrium and r how fast states reach it; Euler oscillates about K once r·η > 1 and stops settling past r·η = 2.',
    params: { r: 1, K: 2 },
  },
  {
    id: 'tilted-well',
    label: 'double well with a tilt c',
    kind: 'potential',
    formula: 'x^4/4 - x^2/2 + c*x',
    direction: 'descent',
    x0: 1.5,
    eta: 0.1,
    steps: 60,
    xMin: -2,
    xMax: 2,
    etaRange: [0.005, 1],
    hint: 'Tilt the well with c: past |c| ≈ 0.385 the right-hand minimum disappears and descent from x0 = 1.5 rolls to the left one.',
    params: { c: 0.2 },
    paramBounds: { c: { min: -1, max: 1 } },
  },
];

/** The non-autonomous examples x′ = f(x, t): the flow panel draws their slope field over (t, x). */
export const TIME_PRESETS: readonly Preset[] = [
  {
    id: 'forced-decay',
    label: 'forced decay −x + sin t',
    kind: 'ode',
    formula: '-x + sin(t)',
    direction: 'ascent',
    x0: 1.5,
    eta: 0.2,
    steps: 60,
    xMin: -2,
    xMax: 2,
    etaRange: [0.01, 2],
    hint: 'Every solution forgets its start and follows the same periodic response (sin t − cos t)/2.',
  },
  {
    id: 'seasonal-harvest',
    label: 'seasonal harvesting',
    kind: 'ode',
    formula: 'x*(1 - x) - h*(1 + sin(t))/2',
    direction: 'ascent',
    x0: 0.8,
    eta: 0.25,
    steps: 80,
    xMin: -0.5,
    xMax: 1.5,
    etaRange: [0.01, 2],
    hint: 'Harvest h that rises and falls with the seasons: small h leaves a periodic population; large h drives it below 0.',
    params: { h: 0.3 },
    paramBounds: { h: { min: 0, max: 1 } },
  },
  {
    id: 't-minus-x2',
    label: 'x′ = t − x²',
    kind: 'ode',
    formula: 't - x^2',
    direction: 'ascent',
    x0: 0,
    eta: 0.1,
    steps: 50,
    xMin: -3,
    xMax: 3,
    etaRange: [0.01, 1],
    hint: 'Solutions above a dividing one approach x = √t; those below it fall away to −∞ in finite time.',
  },
];
