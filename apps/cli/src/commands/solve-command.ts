import { compileFormula, deriveFormula } from '@phaseflow/formula';
import {
  backwardEuler,
  dop853,
  dopri5,
  euler,
  heun,
  type Method,
  midpoint,
  rk4,
  rodas4,
  solve,
} from '@phaseflow/ode';
import type { Cell, Report } from '../output/report.ts';
import { readFormula } from '../read-formula.ts';
import { readFormulaParameters } from '../read-formula-parameters.ts';
import { readChoice, readNumber } from '../read-options.ts';
import { UsageError } from '../usage-error.ts';

export const SOLVE_METHODS = [
  'euler',
  'heun',
  'midpoint',
  'rk4',
  'backward-euler',
  'dopri5',
  'dop853',
  'rodas4',
] as const;
const FIXED_STEP = { euler, heun, midpoint, rk4, 'backward-euler': backwardEuler } as const;
const ADAPTIVE = { dopri5, dop853, rodas4 } as const;
/** The implicit methods, which take ∂f/∂x: the formula's symbolic derivative when mathjs gives one. */
const STIFF = new Set(['backward-euler', 'rodas4']);

/** Most steps a run may take (status `max-steps` beyond): every point is kept and may be printed. */
const MAX_STEPS = 1_000_000;

/** The options `phaseflow solve` reads (camel-cased by the parser). */
export interface SolveCommandOptions {
  x0?: unknown;
  t0?: unknown;
  t1?: unknown;
  method?: unknown;
  h?: unknown;
  rtol?: unknown;
  atol?: unknown;
  every?: unknown;
  par?: unknown;
}

/**
 * `phaseflow solve <f> --x0 --t1 [--t0 --method --h | --rtol --atol --every]`: solves x′ = f(x, t), x(t0) = x0 on
 * [t0, t1] and tables the computed points (every `every`-th, and always the last).
 *
 * @example
 * ```ts
 * solveCommand('x*(1-x)', { x0: 0.1, t1: 10, method: 'rk4', h: 0.1 }).summary.status; // 'success'
 * ```
 */
export function solveCommand(text: unknown, options: SolveCommandOptions): Report {
  const formula = readFormula(text, { variables: ['x', 't'], parameters: true });
  const parameters = readFormulaParameters(formula, options.par);
  const f = compileFormula(formula, { parameters: parameters.store });
  const x0 = readNumber('--x0', options.x0, 'finite');
  const t0 = readNumber('--t0', options.t0, 'finite', 0);
  const t1 = readNumber('--t1', options.t1, 'finite');
  const every = readNumber('--every', options.every, 'count', 1);
  const name = readChoice('--method', options.method, SOLVE_METHODS, 'rk4');
  let method: Method;
  const settings: Record<string, number> = {};
  if (name in FIXED_STEP) {
    if (options.rtol !== undefined || options.atol !== undefined) {
      throw new UsageError(
        `\`--rtol\` and \`--atol\` apply to dopri5, dop853 and rodas4; ${name} takes \`--h\``,
      );
    }
    settings.h = readNumber('--h', options.h, 'positive', 0.1);
    method = FIXED_STEP[name as keyof typeof FIXED_STEP]({ h: settings.h });
  } else {
    if (options.h !== undefined)
      throw new UsageError(`\`--h\` applies to fixed-step methods; ${name} takes \`--rtol\` and \`--atol\``);
    settings.rtol = readNumber('--rtol', options.rtol, 'positive', 1e-6);
    settings.atol = readNumber('--atol', options.atol, 'positive', 1e-9);
    method = ADAPTIVE[name as keyof typeof ADAPTIVE]({ rtol: settings.rtol, atol: settings.atol });
  }
  // The stiff methods get ∂f/∂x from mathjs when it can differentiate f; otherwise they difference f themselves.
  const derivative = STIFF.has(name)
    ? deriveFormula(formula, 'x', { parameters: parameters.store })
    : undefined;
  const symbolic = derivative?.method === 'symbolic' ? derivative.evaluate : undefined;
  const problem = symbolic
    ? { f, jacobian: (x: number, t: number) => symbolic(x, t), x0, t0, t1 }
    : { f, x0, t0, t1 };
  const solution = solve(problem, method, { maxSteps: MAX_STEPS });
  const last = solution.t.length - 1;
  const { t, x } = solution;
  // Rows made as they are written: a million-step run is never held as a million arrays.
  const rows: Iterable<readonly Cell[]> = {
    *[Symbol.iterator]() {
      for (let k = 0; k <= last; k++) if (k % every === 0 || k === last) yield [k, t[k]!, x[k]!];
    },
  };
  return {
    command: 'solve',
    summary: {
      formula: formula.text,
      ...parameters.summary,
      method: name,
      ...settings,
      x0,
      t0,
      t1,
      status: solution.status,
      message: solution.message,
      steps: solution.nsteps,
      evaluations: solution.nfev,
      ...(derivative
        ? { jacobian: symbolic ? 'symbolic' : 'differences', jacobians: solution.njev ?? 0 }
        : {}),
      final: solution.x[last]!,
    },
    sections: [{ title: '', text: [], tables: [{ name: 'solution', columns: ['k', 't', 'x'], rows }] }],
    exitCode: solution.status === 'success' ? 0 : 1,
  };
}
