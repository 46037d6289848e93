import { expect, test } from 'vitest';
import { expectClose } from '../../../test/expect-close.ts';
import { nudgeTable, stabilityStep } from './stability-step.ts';

test('nudgeTable(ε): the distances at t = 2 match the exact logistic solution to 1e-5 relative', () => {
  // From x* + δ the exact distance over the linear prediction ε·e^(2f′(x*)) is 1 / (1 + δ(1 − e^(−2))) at x* = 1
  // and 1 / (1 + δ(e² − 1)) at x* = 0 (solve the logistic equation from x0 = x* + δ). The loosest case is
  // x0 = −0.1, which blows up at t = ln 11 ≈ 2.40, soon after t = 2, where RK4 at h = 0.05 loses digits.
  for (const epsilon of stabilityStep.control.values) {
    for (const row of nudgeTable(epsilon)) {
      const delta = row.start - (row.kind === 'stable' ? 1 : 0);
      const ratio =
        row.kind === 'stable' ? 1 / (1 + delta * (1 - Math.exp(-2))) : 1 / (1 + delta * (Math.exp(2) - 1));
      expectClose(`${row.label}, ε = ${epsilon}`, row.distance / row.predicted, ratio, { rtol: 1e-5 });
    }
  }
});

test('nudgeTable(ε): 1 is stable with f′ = −1, 0 unstable with f′ = 1, and the linear prediction improves as ε shrinks', () => {
  const rows = nudgeTable(0.01);
  expect(rows.map((r) => [r.label, r.kind, r.slope])).toEqual([
    ['0 − ε', 'unstable', 1],
    ['0 + ε', 'unstable', 1],
    ['1 − ε', 'stable', -1],
    ['1 + ε', 'stable', -1],
  ]);
  const misfit = (epsilon: number) => nudgeTable(epsilon).map((r) => Math.abs(r.distance / r.predicted - 1));
  const coarse = misfit(0.1);
  const fine = misfit(0.01);
  for (let i = 0; i < fine.length; i++) expect(fine[i]!).toBeLessThan(coarse[i]! / 5);
});
