import { dop853, solve } from '@phaseflow/ode';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gradientDescent } from './gradient-descent.ts';
import { gradientFlow } from './gradient-flow.ts';
import { modifiedPotential } from './modified-potential.ts';

// A non-quadratic 2-D objective with its exact gradient and Hessian.
const F = {
  F: (x: Float64Array) => x[0]! ** 4 / 4 + x[0]! ** 2 / 2 + 1.5 * x[1]! ** 2 + (x[0]! * x[1]!) / 4,
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = x[0]! ** 3 + x[0]! + x[1]! / 4;
    out[1] = 3 * x[1]! + x[0]! / 4;
  },
  hessian: (x: Float64Array, out: Float64Array) => {
    out[0] = 3 * x[0]! ** 2 + 1;
    out[1] = 0.25;
    out[2] = 0.25;
    out[3] = 3;
  },
};
const x0 = [1, 1];

/** The largest distance, up to T = 1, between GD's iterates and a flow at t = kη. */
function distance(objective: typeof F | ReturnType<typeof modifiedPotential>, eta: number): number {
  const steps = Math.round(1 / eta);
  const gd = gradientDescent(F, x0, { learningRate: eta, steps, gradTol: 0 });
  const flow = solve(
    gradientFlow(objective as typeof F, { x0, t1: steps * eta }),
    dop853({ rtol: 1e-13, atol: 1e-15 }),
  );
  const ts = Float64Array.from({ length: steps + 1 }, (_, k) => k * eta);
  const at = flow.at(ts);
  let worst = 0;
  for (let i = 0; i < gd.x.length; i++) worst = Math.max(worst, Math.abs(gd.x[i]! - at[i]!));
  return worst;
}

function slope(etas: number[], errors: number[]): number {
  const xs = etas.map(Math.log);
  const ys = errors.map(Math.log);
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  return sxy / sxx;
}

describe('modifiedPotential(objective, { learningRate }): the flow gradient descent follows to second order', () => {
  test('GD is O(η) from the gradient flow and O(η²) from the modified flow (log–log slopes 1 and 2, ±0.15)', () => {
    const etas = [1e-3, 3e-3, 1e-2, 3e-2, 1e-1];
    const plain = etas.map((eta) => distance(F, eta));
    const modified = etas.map((eta) => distance(modifiedPotential(F, { learningRate: eta }), eta));
    expect(Math.abs(slope(etas, plain) - 1)).toBeLessThanOrEqual(0.15);
    expect(Math.abs(slope(etas, modified) - 2)).toBeLessThanOrEqual(0.15);
    for (let i = 0; i < etas.length; i++) expect(modified[i]!).toBeLessThan(plain[i]!);
  });

  test('F̃ = F + (η/4)‖∇F‖² and ∇F̃ = ∇F + (η/2)∇²F∇F, with the Hessian or by differences (10⁴ points)', () => {
    const { hessian: _h, ...withoutHessian } = F;
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (a, b, eta) => {
          const x = Float64Array.of(a, b);
          const g = new Float64Array(2);
          F.grad(x, g);
          const Hg = [(3 * a * a + 1) * g[0]! + 0.25 * g[1]!, 0.25 * g[0]! + 3 * g[1]!];
          const exact = modifiedPotential(F, { learningRate: eta });
          const fd = modifiedPotential(withoutHessian, { learningRate: eta });
          expect(exact.F(x)).toBeCloseTo(F.F(x) + (eta / 4) * (g[0]! ** 2 + g[1]! ** 2), 10);
          const out = new Float64Array(2);
          const outFd = new Float64Array(2);
          exact.grad(x, out);
          fd.grad(x, outFd);
          for (let i = 0; i < 2; i++) {
            const want = g[i]! + (eta / 2) * Hg[i]!;
            expect(Math.abs(out[i]! - want)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(want)));
            expect(Math.abs(outFd[i]! - want)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(want)));
          }
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('the scalar form: F = x⁴/4 at x = 1, η = 0.1 gives F̃ = 0.275 and F̃′ = 1.15', () => {
    const tilde = modifiedPotential(
      { F: (x: number) => x ** 4 / 4, grad: (x: number) => x ** 3 },
      { learningRate: 0.1 },
    );
    expect(tilde.F(1)).toBeCloseTo(0.275, 15);
    expect(tilde.grad(1)).toBeCloseTo(1.15, 8); // F″ by central difference of grad
  });
});
