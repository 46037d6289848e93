import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { lotkaVolterra, pendulum, vanDerPol } from '../../test/plane-systems.ts';
import { dop853, type PhaseflowError, periodicOrbit, type SystemRhs, solve } from '../index.ts';

/**
 * An independent period: DOP853 at rtol 1e-12 from x0 through a long transient, the times at which y crosses 0
 * downward (x > 0 side for Van der Pol), and the last difference of successive crossings.
 */
function returnTimes(f: SystemRhs, x0: number[], t1: number): number[] {
  const sol = solve({ f, x0, t1 }, dop853({ rtol: 1e-12, atol: 1e-14 }), {
    events: [{ g: (x) => x[1]!, direction: -1 }],
  });
  return sol.events.map((e) => e.t);
}

/** K(k), the complete elliptic integral of the first kind, by the arithmetic–geometric mean. */
function ellipticK(k: number): number {
  let [a, b] = [1, Math.sqrt(1 - k * k)];
  for (let i = 0; i < 30; i++) [a, b] = [(a + b) / 2, Math.sqrt(a * b)];
  return Math.PI / (2 * a);
}

describe('periodicOrbit(problem, options)', () => {
  test('Van der Pol μ = 1: a limit cycle of period 6.6632868593…, within its stated accuracy of DOP853 return times', () => {
    const r = periodicOrbit({ f: vanDerPol(1), x0: [0.5, 0] });
    expect(r.kind).toBe('limit-cycle');
    const times = returnTimes(vanDerPol(1), [2, 0], 120);
    const reference = times[times.length - 1]! - times[times.length - 2]!;
    expect(r.accuracy!).toBeLessThan(1e-8);
    expectClose('period vs DOP853', r.period!, reference, r.accuracy! + 1e-10);
    expectClose(
      'period vs the published 6.663286859323130',
      r.period!,
      6.66328685932313,
      r.accuracy! + 1e-10,
    );
  });

  test('Van der Pol μ = 1: the multiplier is exp ∮ div f dt = exp ∮ (1 − x²) dt (Liouville), attracting', () => {
    const r = periodicOrbit({ f: vanDerPol(1), x0: [2, 0] });
    // Integrate the divergence along the cycle with DOP853 from the point found.
    const augmented: SystemRhs = (x, _t, d) => {
      d[0] = x[1]!;
      d[1] = (1 - x[0]! ** 2) * x[1]! - x[0]!;
      d[2] = 1 - x[0]! ** 2;
    };
    const sol = solve(
      { f: augmented, x0: [...r.point!, 0], t1: r.period! },
      dop853({ rtol: 1e-12, atol: 1e-14 }),
    );
    const liouville = Math.exp(sol.at(r.period!)[2]!);
    expectClose('multiplier', r.multiplier!, liouville, 1e-6, 1e-3);
    expect(r.multiplier!).toBeLessThan(1);
    expect(r.message).toMatch(/attracting/);
  });

  test('time-reversed Van der Pol: the same cycle, repelling (multiplier 1/m)', () => {
    const vdp = vanDerPol(1);
    const reversed: SystemRhs = (x, t, d) => {
      vdp(x, t, d);
      d[0] = -d[0]!;
      d[1] = -d[1]!;
    };
    const r = periodicOrbit({ f: reversed, x0: [2.00862, 0] }); // started on the cycle: it repels everything else
    expect(r.kind).toBe('limit-cycle');
    expectClose('period', r.period!, 6.66328685932313, 1e-8);
    expectClose('multiplier', r.multiplier!, 1 / 0.000859695, 5, 5e-3); // 1/m of the forward cycle
  });

  test('undamped pendulum from (1, 0): a closed orbit of period 4K(sin ½) (exact, by the AGM)', () => {
    const r = periodicOrbit({ f: pendulum(0), x0: [1, 0] });
    expect(r.kind).toBe('closed-orbit');
    expectClose('period', r.period!, 4 * ellipticK(Math.sin(0.5)), r.accuracy! + 1e-9);
    expectClose('multiplier', r.multiplier!, 1, 1e-5);
  });

  test('Lotka–Volterra from (1, 1): a closed orbit, its period that of DOP853 return times', () => {
    const r = periodicOrbit({ f: lotkaVolterra, x0: [1, 1] });
    expect(r.kind).toBe('closed-orbit');
    expectClose('point', r.point![0], 1, 1e-6);
    const sol = solve({ f: lotkaVolterra, x0: [1, 1], t1: 20 }, dop853({ rtol: 1e-12, atol: 1e-14 }), {
      events: [{ g: (x) => x[1]! - 1, direction: 1 }],
    });
    // ẋ = (1, −0.5) at (1, 1)·… the section through x0 across the flow is not y = 1: compare a full turn instead.
    const turns = sol.events.map((e) => e.t);
    expectClose('period', r.period!, turns[1]! - turns[0]!, r.accuracy! + 1e-9);
  });

  test('no orbit: a damped spiral, an equilibrium start, an escaping orbit give none-found with a message', () => {
    expect(periodicOrbit({ f: pendulum(0.5), x0: [1, 0] }).kind).toBe('none-found');
    expect(periodicOrbit({ f: pendulum(0.5), x0: [0, 0] }).message).toMatch(/fixed point/);
    const runaway: SystemRhs = (x, _t, d) => {
      d[0] = x[0]!;
      d[1] = 1;
    };
    const r = periodicOrbit({ f: runaway, x0: [1, 0] }, { maxTime: 5 });
    expect([r.kind, r.period, r.multiplier]).toEqual(['none-found', null, null]);
  });

  test('bad input throws coded errors', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as PhaseflowError).code;
      }
      return 'none';
    };
    expect(code(() => periodicOrbit(null as never))).toBe('ERR_INVALID_ARG');
    expect(code(() => periodicOrbit({ f: 1 as never, x0: [1, 0] }))).toBe('ERR_INVALID_ARG');
    expect(code(() => periodicOrbit({ f: pendulum(0), x0: [1] }))).toBe('ERR_INVALID_ARG');
    expect(code(() => periodicOrbit({ f: pendulum(0), x0: [1, 0] }, { rtol: 0 }))).toBe('ERR_INVALID_ARG');
    expect(code(() => periodicOrbit({ f: pendulum(0), x0: [1, 0] }, { tol: 1 } as never))).toBe(
      'ERR_UNKNOWN_OPTION',
    );
  });
});
