import { classifyFixedPoint } from '../analysis/classify-fixed-point.ts';
import { jacobian } from '../analysis/jacobian.ts';
import { invalidArgument, PhaseflowError } from '../errors.ts';
import type { SystemRhs } from '../problem.ts';
import { checkOptions, requireInteger, requirePositive } from '../validate.ts';
import { newtonPoint } from './newton-point.ts';
import { planeEvaluator } from './plane-evaluator.ts';
import { type Box, type CheckedBox, readBox } from './read-box.ts';
import { readPoint } from './read-point.ts';
import { type BranchStatus, traceBranch } from './trace-branch.ts';

/** Options of {@link separatrices}. */
export interface SeparatricesOptions {
  /** Stop a branch where it leaves this box (default: no box; the caps stop it). */
  box?: Box;
  /** Distance from the saddle along the eigenvector where each branch starts (default 10⁻⁶ of the scale: the
   * box diagonal, or max(1, |saddle|)). */
  offset?: number;
  /** Arc length cap per branch (default 20× the scale). */
  maxLength?: number;
  /** Time cap per branch (default 1000). */
  maxTime?: number;
  /** Step cap per branch (default 20 000). */
  maxSteps?: number;
  /** dopri5's tolerances (defaults 1e-9 and 1e-12). */
  rtol?: number;
  atol?: number;
}

/** One branch of a saddle's stable or unstable manifold. */
export interface SeparatrixBranch {
  /** `unstable`: traced forward, leaves the saddle; `stable`: traced backward, the curve that enters it. */
  manifold: 'stable' | 'unstable';
  /** Which side of the saddle: the start is saddle + side·offset·eigenvector. */
  side: 1 | -1;
  /** Interleaved (x, y), from the saddle itself. */
  curve: Float64Array;
  status: BranchStatus;
  /** The fixed point the branch approaches (status `equilibrium`), else null. */
  end: [number, number] | null;
  time: number;
  length: number;
}

/** The four separatrices of a saddle. */
export interface SeparatricesResult {
  /** The saddle, refined by Newton. */
  saddle: [number, number];
  eigenvalues: { re: Float64Array; im: Float64Array };
  /** Unstable direction first, then stable (columns, row-major as classifyFixedPoint gives them). */
  eigenvectors: Float64Array;
  /** Unstable +, unstable −, stable +, stable −. */
  branches: SeparatrixBranch[];
  nfev: number;
}

const OPTIONS = ['box', 'offset', 'maxLength', 'maxTime', 'maxSteps', 'rtol', 'atol'] as const;

/**
 * The stable and unstable manifolds of a saddle of a planar system x′ = f(x): four branches started a small
 * `offset` from the saddle along its eigenvectors and traced with dopri5 (forward for the unstable ones, backward
 * for the stable ones) until they leave the box, approach a fixed point, or reach a length, time or step cap;
 * each branch says which (`status`). The saddle is first refined by Newton, so a point from findFixedPoints or a
 * good guess will do. Numerical trouble (f not finite ahead, a stiff stretch) is a branch status, not an error.
 *
 * Bad input throws `PhaseflowError` (`ERR_INVALID_ARG`): f not a function, a malformed point or box, a bad option,
 * or a point that is not (near) a saddle: Newton finds no fixed point from it, or the one found is not a saddle.
 *
 * @example
 * ```ts
 * const damped = (x, _t, d) => { d[0] = x[1]; d[1] = -Math.sin(x[0]) - 0.5 * x[1]; };
 * separatrices(damped, [Math.PI, 0], { box: [[-4, 10], [-4, 4]] }).branches.map((b) => b.status);
 * // ['equilibrium', 'equilibrium', 'left-box', 'left-box']: both unstable branches fall to a bottom
 * ```
 */
export function separatrices(
  f: SystemRhs,
  saddle: ArrayLike<number> | { x: number; y: number },
  options?: SeparatricesOptions,
): SeparatricesResult {
  const g = planeEvaluator('f', f);
  const guess = readPoint('saddle', saddle);
  const opts = checkOptions('options', options, OPTIONS) as SeparatricesOptions;
  const box: CheckedBox | null = opts.box === undefined ? null : readBox('options.box', opts.box);
  const scale =
    box === null
      ? Math.max(1, Math.hypot(guess[0], guess[1]))
      : Math.hypot(box.xMax - box.xMin, box.yMax - box.yMin);
  const offset = opts.offset === undefined ? 1e-6 * scale : requirePositive('options.offset', opts.offset);
  const maxLength =
    opts.maxLength === undefined ? 20 * scale : requirePositive('options.maxLength', opts.maxLength);
  const maxTime = opts.maxTime === undefined ? 1000 : requirePositive('options.maxTime', opts.maxTime);
  const maxSteps =
    opts.maxSteps === undefined ? 20_000 : requireInteger('options.maxSteps', opts.maxSteps, 1);
  const rtol = opts.rtol === undefined ? 1e-9 : requirePositive('options.rtol', opts.rtol);
  const atol = opts.atol === undefined ? 1e-12 : requirePositive('options.atol', opts.atol);

  const reach = Math.max(1, Math.abs(guess[0]), Math.abs(guess[1]));
  const r = newtonPoint(g, guess[0], guess[1], {
    bounds: {
      xMin: guess[0] - reach,
      xMax: guess[0] + reach,
      yMin: guess[1] - reach,
      yMax: guess[1] + reach,
    },
    xtol: 1e-13,
    maxIterations: 50,
  });
  if (!r.converged)
    throw invalidArgument('saddle', 'must be near a fixed point of f (Newton found none)', saddle);
  let J: Float64Array;
  try {
    J = jacobian(g.f, [r.x, r.y]);
  } catch (error) {
    if (error instanceof PhaseflowError)
      throw invalidArgument('saddle', 'must be a point where f is differentiable', saddle);
    throw error;
  }
  const c = classifyFixedPoint(J);
  if (c.kind !== 'saddle' || c.eigenvectors === null) {
    throw invalidArgument(
      'saddle',
      `must be near a saddle of f (the fixed point at (${r.x}, ${r.y}) is a ${c.kind})`,
      saddle,
    );
  }
  const E = c.eigenvectors;
  const limits = {
    box,
    maxLength,
    maxTime,
    maxSteps,
    rtol,
    atol,
    near: 1e-3 * scale,
    origin: [r.x, r.y] as [number, number],
  };
  const branches: SeparatrixBranch[] = [];
  for (const manifold of ['unstable', 'stable'] as const) {
    const column = manifold === 'unstable' ? 0 : 1;
    for (const side of [1, -1] as const) {
      const start: [number, number] = [
        r.x + side * offset * E[column]!,
        r.y + side * offset * E[2 + column]!,
      ];
      const traced = traceBranch(g, start, manifold === 'unstable' ? 1 : -1, limits);
      const curve = new Float64Array(traced.curve.length + 2);
      curve.set([r.x, r.y]);
      curve.set(traced.curve, 2);
      branches.push({ manifold, side, ...traced, curve, length: traced.length + offset });
    }
  }
  return { saddle: [r.x, r.y], eigenvalues: c.eigenvalues, eigenvectors: E, branches, nfev: g.count() };
}
