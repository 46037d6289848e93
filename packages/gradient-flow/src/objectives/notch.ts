import { checkOptions, requirePositive } from '../validate.ts';
import type { ScalarTestFunction } from './test-function.ts';

/** Shape of the notch: a shallow bowl `bowl·x²` with a Gaussian dip of `depth` and `width` at 0. */
export interface NotchOptions {
  bowl?: number;
  depth?: number;
  width?: number;
}

/**
 * F(x) = b·x² − d·exp(−x²/(2w²)) (defaults b = 0.05, d = 1, w = 0.05): a narrow notch at the bottom of a shallow
 * bowl. The only minimizer is 0 (F = −d), but its curvature 2b + d/w² (400.1 by default) is 4000 times the bowl's,
 * so a step that suits the bowl jumps over the notch; a decaying step can settle into it.
 * @example
 * ```ts
 * const f = notch();
 * [f.F(0), f.hessian(0)]; // [-1, 400.1]
 * ```
 */
export function notch(options?: NotchOptions): ScalarTestFunction {
  const o = checkOptions('options', options, ['bowl', 'depth', 'width']);
  const b = o.bowl === undefined ? 0.05 : requirePositive('options.bowl', o.bowl);
  const d = o.depth === undefined ? 1 : requirePositive('options.depth', o.depth);
  const w = o.width === undefined ? 0.05 : requirePositive('options.width', o.width);
  const s = 1 / (2 * w * w);
  return {
    name: 'notch',
    F: (x) => b * x * x - d * Math.exp(-s * x * x),
    grad: (x) => 2 * b * x + 2 * s * d * x * Math.exp(-s * x * x),
    hessian: (x) => 2 * b + 2 * s * d * (1 - 2 * s * x * x) * Math.exp(-s * x * x),
    minimizers: [0],
    minimum: -d,
  };
}
