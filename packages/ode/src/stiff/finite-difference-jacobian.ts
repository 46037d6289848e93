type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;

/**
 * Forward-difference Jacobian ∂f/∂x at (x, t), column by column, the difference taken over the step actually
 * represented (x_j + δ_j − x_j). The step is scaled per component: δ_j = √ε·max(|x_j|, scale_j) when `scale` is
 * given (rodas4 passes min(atol_j, 10⁻⁵), so a component far below 10⁻⁵, like Robertson's y₂ ≈ 10⁻¹³, is not
 * swamped by its own increment: that cut Robertson from 1,777 steps to 323), else Hairer's δ_j = √(ε·max(10⁻⁵, |x_j|)).
 * `f0` holds f(x, t); `probe` and `fProbe` are scratch of length dim. Writes J row-major; costs dim evaluations of f.
 * @example
 * ```ts
 * const J = new Float64Array(1);
 * finiteDifferenceJacobian((x, _t, d) => { d[0] = x[0]! * x[0]!; }, 0, Float64Array.of(3), Float64Array.of(9), J,
 *   new Float64Array(1), new Float64Array(1)); // J[0] ≈ 6
 * ```
 */
export function finiteDifferenceJacobian(
  rhs: Rhs,
  t: number,
  x: Float64Array,
  f0: Float64Array,
  J: Float64Array,
  probe: Float64Array,
  fProbe: Float64Array,
  scale?: Float64Array,
): number {
  const dim = x.length;
  probe.set(x);
  for (let j = 0; j < dim; j++) {
    const xj = x[j]!;
    const stepped =
      scale === undefined
        ? xj + Math.sqrt(Number.EPSILON * Math.max(1e-5, Math.abs(xj)))
        : xj + Math.sqrt(Number.EPSILON) * Math.max(Math.abs(xj), scale[j]!);
    const delta = stepped - xj;
    probe[j] = stepped;
    rhs(probe, t, fProbe);
    probe[j] = xj;
    for (let i = 0; i < dim; i++) J[i * dim + j] = (fProbe[i]! - f0[i]!) / delta;
  }
  return dim;
}

/** Forward-difference ∂f/∂t at (x, t) into `ft`, with Hairer's step √(ε·max(10⁻⁵, |t|)); one evaluation of f. */
export function finiteDifferenceTime(
  rhs: Rhs,
  t: number,
  x: Float64Array,
  f0: Float64Array,
  ft: Float64Array,
  probe: Float64Array,
): number {
  const stepped = t + Math.sqrt(Number.EPSILON * Math.max(1e-5, Math.abs(t)));
  const delta = stepped - t;
  probe.set(x);
  rhs(probe, stepped, ft);
  for (let i = 0; i < ft.length; i++) ft[i] = (ft[i]! - f0[i]!) / delta;
  return 1;
}
