import { compileFormula, deriveFormula } from '@phaseflow/formula';
import { phaseLine } from '@phaseflow/ode';
import type { Cell, Report } from '../output/report.ts';
import { readFormula } from '../read-formula.ts';
import { readFormulaParameters } from '../read-formula-parameters.ts';
import { readNumber, readRange } from '../read-options.ts';

/** The options `phaseflow equilibria` reads. */
export interface EquilibriaCommandOptions {
  range?: unknown;
  grid?: unknown;
  par?: unknown;
}

/**
 * `phaseflow equilibria <f> --range a,b`: the equilibria of x′ = f(x) on [a, b] with their kinds (from f′, symbolic
 * where mathjs can differentiate f), and the phase line: the intervals between them and the direction of the flow.
 *
 * @example
 * ```ts
 * equilibriaCommand('x*(1-x)', { range: '-1,2' }).sections[0].tables[0].rows; // [[0, 'unstable', 1, …], [1, 'stable', -1, …]]
 * ```
 */
export function equilibriaCommand(text: unknown, options: EquilibriaCommandOptions): Report {
  const formula = readFormula(text, { parameters: true });
  const parameters = readFormulaParameters(formula, options.par);
  const f = compileFormula(formula, { parameters: parameters.store }) as (x: number) => number;
  const range = readRange('--range', options.range, [-10, 10]);
  const gridPoints = readNumber('--grid', options.grid, 'count', 1001, 1_000_001);
  const derivative = deriveFormula(formula, undefined, { parameters: parameters.store });
  const line = phaseLine(f, range, {
    gridPoints: Math.max(3, gridPoints),
    ...(derivative.method === 'symbolic' ? { derivative: derivative.evaluate as (x: number) => number } : {}),
  });
  const equilibria: Cell[][] = line.equilibria.map((e) => [
    e.x,
    e.kind,
    e.derivative,
    e.decidedBy,
    e.accuracy,
  ]);
  const intervals: Cell[][] = line.intervals.map((i) => [
    i.from,
    i.to,
    i.direction === 1 ? 'increasing →' : 'decreasing ←',
    i.fromBoundary,
    i.toBoundary,
    i.exit?.status ?? null,
    i.exit?.time ?? null,
  ]);
  const notes: string[] = [];
  for (const z of line.equilibriumIntervals)
    notes.push(`f = 0 on all of [${z.from}, ${z.to}]: every point there is an equilibrium.`);
  for (const r of line.nonFinite.regions) notes.push(`f is not finite on [${r.from}, ${r.to}].`);
  for (const j of line.jumps)
    notes.push(`f jumps over zero at x = ${j.x} (not an equilibrium; the flow turns there).`);
  return {
    command: 'equilibria',
    summary: {
      formula: formula.text,
      ...parameters.summary,
      from: range[0],
      to: range[1],
      derivative:
        derivative.method === 'symbolic' ? (derivative.formula?.text ?? null) : 'central difference',
      equilibria: line.equilibria.length,
    },
    sections: [
      {
        title: '',
        text: notes,
        tables: [
          { name: 'equilibria', columns: ['x', 'kind', "f'(x)", 'decided by', 'accuracy'], rows: equilibria },
          {
            name: 'phase line',
            columns: ['from', 'to', 'flow', 'from bound', 'to bound', 'past the end', 'time'],
            rows: intervals,
          },
        ],
      },
    ],
    exitCode: 0,
  };
}
