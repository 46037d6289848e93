import type { Direction, FormulaKind } from '../../../state/shared-state.ts';

/** A map-view example: a formula, the η range its orbit diagram shows, and the x window of its cobweb. */
export interface MapPreset {
  readonly id: 'logistic' | 'square' | 'double-well' | 'sine';
  readonly label: string;
  readonly kind: FormulaKind;
  readonly formula: string;
  readonly direction: Direction;
  readonly x0: number;
  readonly eta: number;
  readonly hMin: number;
  readonly hMax: number;
  readonly xMin: number;
  readonly xMax: number;
  /** One sentence on what to look for. */
  readonly hint: string;
}

/**
 * The examples. Ids shared with the line view (`logistic`, `square`, `sine`) name the same formula there, so the
 * preset survives a switch of views. logistic: Euler on x(1 − x) is the logistic map at r = 1 + η; x²: descent
 * diverges past η = 1 = 2/F″; the double well F = x⁴/4 − x²/2 has F″(±1) = 2, so η = 1 again, then a cascade;
 * sin: every minimum has F″ = 1, so η = 2.
 */
export const MAP_PRESETS: readonly MapPreset[] = [
  {
    id: 'logistic',
    label: 'logistic x(1 − x)',
    kind: 'ode',
    formula: 'x * (1 - x)',
    direction: 'ascent',
    x0: 0.3,
    eta: 1.5,
    hMin: 1,
    hMax: 3.2,
    xMin: -0.4,
    xMax: 1.6,
    hint: 'The multiplier at x* = 1 is 1 − η: the staircase spirals in for η < 2, then 2, 4, 8 values, chaos, and escape past η = 3.',
  },
  {
    id: 'square',
    label: 'x²',
    kind: 'potential',
    formula: 'x^2',
    direction: 'descent',
    x0: 1.5,
    eta: 0.6,
    hMin: 0,
    hMax: 1.3,
    xMin: -2,
    xMax: 2,
    hint: 'The map is x ↦ (1 − 2η)x, a line: one step to 0 at η = 0.5, a 2-cycle exactly at η = 1, divergence past it.',
  },
  {
    id: 'double-well',
    label: 'double well x⁴/4 − x²/2',
    kind: 'potential',
    formula: 'x^4/4 - x^2/2',
    direction: 'descent',
    x0: 0.5,
    eta: 0.8,
    hMin: 0.5,
    hMax: 1.6,
    xMin: -2,
    xMax: 2,
    hint: 'Both minima have F″ = 2: η < 1 settles in the well x0 starts in, past η = 1 the iterates cycle around it.',
  },
  {
    id: 'sine',
    label: 'sin x',
    kind: 'potential',
    formula: 'sin(x)',
    direction: 'descent',
    x0: 0.5,
    eta: 1.2,
    hMin: 0.5,
    hMax: 4,
    xMin: -6,
    xMax: 3,
    hint: 'Every minimum has F″ = 1, so η < 2; beyond, the iterates wander between wells.',
  },
];

/** The example with this id, or undefined. */
export function mapPresetById(id: string): MapPreset | undefined {
  return MAP_PRESETS.find((p) => p.id === id);
}
