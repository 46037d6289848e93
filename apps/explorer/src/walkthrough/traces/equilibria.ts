import { phaseLine } from '@phaseflow/ode';

/** An equilibrium of x′ = f(x) with the slope of f there and its kind. */
export interface ClassifiedEquilibrium {
  readonly x: number;
  /** f′(x*): its sign decides the kind. */
  readonly slope: number;
  readonly kind: 'stable' | 'unstable' | 'semi-stable' | 'undetermined';
}

/**
 * The equilibria of x′ = f(x) on [a, b] and their stability, from `@phaseflow/ode`'s `phaseLine` (zeros by
 * findEquilibria, kinds by classifyEquilibrium with the given f′).
 *
 * @example
 * ```ts
 * equilibria((x) => x * (1 - x), (x) => 1 - 2 * x, -0.5, 1.5);
 * // [{ x: 0, slope: 1, kind: 'unstable' }, { x: 1, slope: -1, kind: 'stable' }]
 * ```
 */
export function equilibria(
  f: (x: number) => number,
  derivative: (x: number) => number,
  a: number,
  b: number,
): ClassifiedEquilibrium[] {
  return phaseLine(f, [a, b], { derivative, exits: false }).equilibria.map((e) => ({
    x: e.x,
    slope: e.derivative ?? Number.NaN,
    kind: e.kind,
  }));
}
