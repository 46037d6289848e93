import { orbit, stepMap } from '@phaseflow/ode';
import type { Cell, Report } from '../output/report.ts';
import { readNumber } from '../read-options.ts';
import { readMapProblem } from './map-method.ts';

/** Most steps an orbit may ask for: every one is printed. */
const MAX_STEPS = 1_000_000;

/** The options `phaseflow orbit` reads. */
export interface OrbitCommandOptions {
  h?: unknown;
  x0?: unknown;
  steps?: unknown;
  method?: unknown;
  par?: unknown;
}

/**
 * `phaseflow orbit <f> --h --x0 --steps [--method]`: the iterates x_{k+1} = Φ_h(x_k) of a method's step map on
 * x′ = f(x) (Euler: x + h·f(x), gradient ascent on ∫f with learning rate h), each with the map's slope Φ′_h(x_k)
 * (the multiplier: |Φ′| < 1 at a fixed point means it attracts). An orbit that escapes (|x| > 10⁶·max(1, |x0|)) or
 * meets a non-finite step ends there and exits 1, like a solution that blows up.
 *
 * @example
 * ```ts
 * orbitCommand('x*(1-x)', { h: 2.5, x0: 0.5, steps: 100 }).summary.status; // 'bounded'
 * ```
 */
export function orbitCommand(text: unknown, options: OrbitCommandOptions): Report {
  const problem = readMapProblem(text, options);
  const h = readNumber('--h', options.h, 'positive');
  const x0 = readNumber('--x0', options.x0, 'finite');
  const steps = readNumber('--steps', options.steps, 'count', 50, MAX_STEPS);
  const map = stepMap(
    problem.f,
    problem.tableau,
    h,
    problem.derivative ? { derivative: problem.derivative } : {},
  );
  const result = orbit(map, x0, steps);
  const x = result.x;
  const rows: Iterable<readonly Cell[]> = {
    *[Symbol.iterator]() {
      for (let k = 0; k < x.length; k++) yield [k, x[k]!, finiteOrNull(map.derivative(x[k]!))];
    },
  };
  const last = x[x.length - 1]!;
  const message =
    result.status === 'bounded'
      ? `${steps} steps, every iterate within 10^6·max(1, |x0|)`
      : result.status === 'escaped'
        ? `the orbit escaped at step ${x.length - 1} (x = ${last}): this step is too big for any attracting fixed point it passed`
        : `step ${x.length} gave a non-finite value (f is not finite near x = ${last}); stopped at the last finite iterate`;
  return {
    command: 'orbit',
    summary: {
      ...problem.summary,
      h,
      x0,
      steps,
      status: result.status,
      message,
      iterations: x.length - 1,
      final: last,
    },
    sections: [{ title: '', text: [], tables: [{ name: 'orbit', columns: ['k', 'x', "map'(x)"], rows }] }],
    exitCode: result.status === 'bounded' ? 0 : 1,
  };
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}
