import { lyapunovExponent, orbitDiagram, periodDoublings, stepMap } from '@phaseflow/ode';
import type { Cell, Report } from '../output/report.ts';
import { readNumber, readRange } from '../read-options.ts';
import { UsageError } from '../usage-error.ts';
import { readMapProblem } from './map-method.ts';

/** The options `phaseflow bifurcation` reads. */
export interface BifurcationCommandOptions {
  h?: unknown;
  columns?: unknown;
  x0?: unknown;
  transient?: unknown;
  keep?: unknown;
  method?: unknown;
  par?: unknown;
}

/** Kept values closer than this (relative to max(1, |x|)) count as one point of a cycle. */
const SAME_POINT = 1e-6;

/**
 * `phaseflow bifurcation <f> --h lo,hi --columns N`: the orbit diagram of a method's step map over the step h.
 * For each of N steps from lo to hi: the orbit's status, how many distinct values its kept iterates take (1 at an
 * attracting fixed point, 2 after the first period doubling, many in chaos), its Lyapunov exponent, and in a
 * second table those distinct values (h, x), ready to plot. The computed period-doubling steps come first.
 *
 * @example
 * ```ts
 * bifurcationCommand('x*(1-x)', { h: '1.5,3', columns: 4 }).summary.doublings; // '2, 2.449489743, 2.54409036, …'
 * ```
 */
export function bifurcationCommand(text: unknown, options: BifurcationCommandOptions): Report {
  const problem = readMapProblem(text, options);
  const [lo, hi] = readRange('--h', options.h, [0.1, 3]);
  if (lo < 0) throw new UsageError(`\`--h\` must be step sizes lo,hi with 0 ≤ lo < hi, not \`${lo},${hi}\``);
  const columns = readNumber('--columns', options.columns, 'count', 100, 10_000);
  if (columns < 2) throw new UsageError('`--columns` must be at least 2');
  const x0 = readNumber('--x0', options.x0, 'finite', 0.5);
  const transient = readNumber('--transient', options.transient, 'count', 500, 100_000);
  const keep = readNumber('--keep', options.keep, 'count', 200, 10_000);
  const derivative = problem.derivative ? { derivative: problem.derivative } : {};
  const diagram = orbitDiagram(problem.f, problem.tableau, { h: [lo, hi], columns, transient, keep, x0 });
  const doublings = periodDoublings(problem.f, problem.tableau, { h: [lo, hi], x0, count: 6, ...derivative });
  const summaryRows: Cell[][] = [];
  const points: Cell[][] = [];
  for (let j = 0; j < columns; j++) {
    const h = diagram.h[j]!;
    const status = diagram.status[j]!;
    const values = status === 'bounded' ? distinct(diagram.x.subarray(j * keep, (j + 1) * keep)) : [];
    for (const v of values) points.push([h, v]);
    const lyapunov =
      status === 'bounded'
        ? lyapunovExponent(stepMap(problem.f, problem.tableau, h, derivative), x0, { n: keep, transient })
            .exponent
        : null;
    summaryRows.push([h, status, status === 'bounded' ? values.length : null, finiteOrNull(lyapunov)]);
  }
  return {
    command: 'bifurcation',
    summary: {
      ...problem.summary,
      from: lo,
      to: hi,
      columns,
      x0,
      transient,
      keep,
      doublings:
        doublings.length === 0 ? 'none found' : Array.from(doublings, (d) => d.toPrecision(10)).join(', '),
      escaped: diagram.status.filter((s) => s !== 'bounded').length,
    },
    sections: [
      {
        title: '',
        text: [
          'distinct: how many different values the kept iterates take (1 = a fixed point attracts, 2 = a 2-cycle, …);',
          'lyapunov: the mean of ln|map′| along the orbit (< 0 periodic, > 0 chaotic).',
        ],
        tables: [
          { name: 'columns', columns: ['h', 'status', 'distinct', 'lyapunov'], rows: summaryRows },
          { name: 'points', columns: ['h', 'x'], rows: points },
        ],
      },
    ],
    exitCode: 0,
  };
}

/** The kept values, sorted, with values within SAME_POINT of the previous one merged. */
function distinct(values: Float64Array): number[] {
  const sorted = Float64Array.from(values).sort();
  const out: number[] = [];
  for (const v of sorted) {
    const prev = out[out.length - 1];
    if (prev === undefined || v - prev > SAME_POINT * Math.max(1, Math.abs(v))) out.push(v);
  }
  return out;
}

function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}
