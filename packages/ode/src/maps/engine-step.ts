import { notANumber } from '../engine/not-a-number.ts';
import { type ScalarKernel, scalarKernel } from '../engine/scalar-kernels.ts';
import { type SystemKernel, systemKernel } from '../engine/system-kernels.ts';
import type { ScalarRhs, SystemRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';

// The maps' one point of contact with the engine. Everything in maps/ steps through these two functions, so that
// the step map is the engine's own step (the same kernel `solve` runs, bit for bit), never a second Runge–Kutta
// loop, and a change in how the engine builds its kernels touches this file only.

/** The engine's scalar kernel for `tableau`: n steps of x′ = f(x, t) in one call, writing xs[offset + k + 1]. */
export function mapKernel(tableau: ButcherTableau): ScalarKernel {
  return scalarKernel(tableau);
}

/** The engine's kernel for a system of `dim` components, used for the variational equation (x, v)′ = (f, f′·v). */
export function variationalKernel(tableau: ButcherTableau): SystemKernel {
  return systemKernel(tableau, 2);
}

/**
 * The variational system of x′ = f(x): y = (x, v) with v′ = f′(x)·v. One Runge–Kutta step of it from (x, 1) gives
 * (Φ_h(x), Φ′_h(x)) exactly, stage for stage: Runge–Kutta methods commute with linearisation, so this is the
 * forward-mode derivative of the step, taken by the engine itself.
 */
export function variationalRhs(f: ScalarRhs, derivative: (x: number) => number): SystemRhs {
  return (y, t, dydt) => {
    const x = y[0]!;
    const fx = f(x, t);
    const dfx = derivative(x);
    // Checked here as the kernels check f: the typed array would throw a raw TypeError on a BigInt, coerce a string.
    if (typeof fx !== 'number') throw notANumber('f', fx);
    if (typeof dfx !== 'number') throw notANumber('options.derivative', dfx);
    dydt[0] = fx;
    dydt[1] = dfx * y[1]!;
  };
}
