import type { ScalarRhs, SystemRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { KernelWorkspace, TrialStep } from './adaptive-kernel.ts';

/**
 * The trial step of `tableau` from `cache`, made by `make` on first use. One trial function per tableau, made once
 * and kept: V8 then compiles its coefficients into the code as constants, where a function made afresh for every
 * run reads them from memory (measured 3–4× slower per trial).
 */
export function cachedTrial(
  cache: WeakMap<EmbeddedTableau, TrialStep>,
  tableau: EmbeddedTableau,
  make: (tableau: EmbeddedTableau) => TrialStep,
): TrialStep {
  let trial = cache.get(tableau);
  if (trial === undefined) {
    trial = make(tableau);
    cache.set(tableau, trial);
  }
  return trial;
}

/** One run's buffers for an s-stage pair and its interpolant's extra stages, allocated once per run. */
export function kernelWorkspace(
  tableau: EmbeddedTableau,
  f: ScalarRhs | SystemRhs,
  dim: number,
  atol: Float64Array,
  rtol: Float64Array,
): KernelWorkspace {
  const k: Float64Array[] = [];
  for (let j = tableau.b.length + tableau.denseC.length; j > 0; j--) k.push(new Float64Array(dim));
  return { f, dim, atol, rtol, k, xi: new Float64Array(dim), xNew: new Float64Array(dim) };
}
