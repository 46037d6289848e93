import { CENTRAL_STEP } from '@phaseflow/ode';
import type { ScalarObjective, SystemObjective } from './objective.ts';
import { checkOptions, invalidArgument, readProperty, requireFunction, requirePositive } from './validate.ts';

/**
 * The modified potential of gradient descent (backward error analysis; Barrett & Dherin, ICLR 2021): to second
 * order in η, GD with step η follows not the gradient flow of F but that of F̃ = F + (η/4)‖∇F‖², whose gradient is
 * ∇F̃ = ∇F + (η/2)∇²F ∇F. So the iterates stay O(η²) from F̃'s flow at t = kη, against O(η) from F's: GD is pulled
 * towards flat regions (small ‖∇F‖), an implicit regulariser. Hessian-vector products use the objective's `hessian`
 * when given, else a central difference of `grad` along ∇F (F and `grad` are required: F̃ needs ∇F exactly).
 *
 * @example
 * ```ts
 * const quartic = { F: (x: number) => x ** 4 / 4, grad: (x: number) => x ** 3 };
 * const tilde = modifiedPotential(quartic, { learningRate: 0.1 });
 * tilde.F(1);    // 0.275 (= 1/4 + 0.1/4·1)
 * tilde.grad(1); // 1.15 (= 1 + 0.05·3·1)
 * ```
 */
export function modifiedPotential(
  objective: ScalarObjective,
  options: { learningRate: number },
): Required<Pick<ScalarObjective, 'F' | 'grad'>>;
export function modifiedPotential(
  objective: SystemObjective,
  options: { learningRate: number },
): Required<Pick<SystemObjective, 'F' | 'grad'>>;
export function modifiedPotential(
  objective: ScalarObjective | SystemObjective,
  options: { learningRate: number },
): Required<Pick<ScalarObjective, 'F' | 'grad'>> | Required<Pick<SystemObjective, 'F' | 'grad'>> {
  const opts = checkOptions('options', options, ['learningRate']);
  const eta = requirePositive('options.learningRate', opts.learningRate);
  if (objective === null || typeof objective !== 'object') {
    throw invalidArgument('objective', 'must be an object { F, grad, hessian? }', objective);
  }
  const o = objective as unknown as Record<string, unknown>;
  const F = requireFunction<(x: never) => number>('objective.F', readProperty('objective.F', o, 'F'));
  const grad = requireFunction<(...args: never[]) => unknown>(
    'objective.grad',
    readProperty('objective.grad', o, 'grad'),
  );
  const hessValue = readProperty('objective.hessian', o, 'hessian');
  const hess =
    hessValue === undefined
      ? undefined
      : requireFunction<(...args: never[]) => unknown>('objective.hessian', hessValue);
  // Scalar and n-D objectives are told apart by how `grad` is called, which the caller fixes with x0 later: both
  // forms are returned in one object, and each method reads its argument's type.
  const scalarGrad = grad as unknown as (x: number) => number;
  const scalarHess = hess as unknown as ((x: number) => number) | undefined;
  const systemGrad = grad as unknown as (x: Float64Array, out: Float64Array) => void;
  const systemHess = hess as unknown as ((x: Float64Array, out: Float64Array) => void) | undefined;
  const second = (x: number) => {
    if (scalarHess) return scalarHess(x);
    const h = CENTRAL_STEP * Math.max(1, Math.abs(x));
    const xp = x + h;
    const xm = x - h;
    return (scalarGrad(xp) - scalarGrad(xm)) / (xp - xm);
  };
  const tildeF = (x: number | Float64Array): number => {
    if (typeof x === 'number') {
      const g = scalarGrad(x);
      return (F as (x: number) => number)(x) + (eta / 4) * g * g;
    }
    const g = new Float64Array(x.length);
    systemGrad(x.slice(), g);
    let g2 = 0;
    for (const v of g) g2 += v * v;
    return (F as (x: Float64Array) => number)(x) + (eta / 4) * g2;
  };
  const tildeGrad = (x: number | Float64Array, out?: Float64Array): number | undefined => {
    if (typeof x === 'number') {
      const g = scalarGrad(x);
      return g + (eta / 2) * second(x) * g;
    }
    const n = x.length;
    const g = new Float64Array(n);
    systemGrad(x.slice(), g);
    const Hg = hessianTimes(x, g, systemGrad, systemHess);
    for (let i = 0; i < n; i++) out![i] = g[i]! + (eta / 2) * Hg[i]!;
    return undefined;
  };
  return { F: tildeF, grad: tildeGrad } as unknown as Required<Pick<SystemObjective, 'F' | 'grad'>>;
}

/** ∇²F(x)·v: the user's Hessian times v, else (∇F(x + εv) − ∇F(x − εv))/2ε with ε scaled to x and v. */
function hessianTimes(
  x: Float64Array,
  v: Float64Array,
  grad: (x: Float64Array, out: Float64Array) => void,
  hess: ((x: Float64Array, out: Float64Array) => void) | undefined,
): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  if (hess) {
    const H = new Float64Array(n * n);
    hess(x.slice(), H);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += H[i * n + j]! * v[j]!;
      out[i] = s;
    }
    return out;
  }
  let vn = 0;
  let xn = 0;
  for (let i = 0; i < n; i++) {
    vn = Math.max(vn, Math.abs(v[i]!));
    xn = Math.max(xn, Math.abs(x[i]!));
  }
  if (vn === 0) return out;
  // Differences along the unit direction u = v/‖v‖∞ (a step scaled to x, not to v), then H·v = ‖v‖∞·H·u.
  const eps = CENTRAL_STEP * Math.max(1, xn);
  const xp = x.map((xi, i) => xi + eps * (v[i]! / vn));
  const xm = x.map((xi, i) => xi - eps * (v[i]! / vn));
  const gp = new Float64Array(n);
  const gm = new Float64Array(n);
  grad(xp, gp);
  grad(xm, gm);
  for (let i = 0; i < n; i++) out[i] = vn * ((gp[i]! - gm[i]!) / (2 * eps));
  return out;
}
