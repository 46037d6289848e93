import { beforeAll, describe, expect, test } from 'vitest';
import { type CliRun, close, logistic, runCli } from '../test/run-cli.ts';

interface JsonTable {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
}
interface JsonSection {
  title: string;
  text: string[];
  tables: JsonTable[];
}

let sections: JsonSection[];
let tableRun: CliRun;

const table = (step: number, index = 0) => sections[step - 1]!.tables[index]!.rows;
const column = (rows: Record<string, unknown>[], name: string) => rows.map((r) => r[name] as number);

/** The Euler recursion on the logistic equation, written out here independently of the packages. */
function eulerLogistic(x0: number, h: number, steps: number): number[] {
  const xs = [x0];
  for (let k = 0; k < steps; k++) xs.push(xs[k]! + h * (xs[k]! * (1 - xs[k]!)));
  return xs;
}

beforeAll(async () => {
  const [json, text] = await Promise.all([
    runCli(['walkthrough', '--format', 'json']),
    runCli(['walkthrough', '--step', '9']),
  ]);
  expect(json.code).toBe(0);
  sections = (JSON.parse(json.stdout) as { sections: JsonSection[] }).sections;
  tableRun = text;
}, 120_000);

describe('phaseflow walkthrough', () => {
  test('tells eleven steps in order', () => {
    expect(sections.map((s) => Number.parseInt(s.title, 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const s of sections) expect(s.text.length).toBeGreaterThan(0);
  });

  test('step 9: the Euler and gradient-ascent columns are identical, and are the Euler recursion', () => {
    const rows = table(9);
    const euler = column(rows, 'Euler x_k');
    const ascent = column(rows, 'ascent x_k');
    expect(rows.length).toBeGreaterThan(5);
    expect(ascent).toEqual(euler);
    euler.forEach((x, k) => {
      expect(Object.is(x, ascent[k])).toBe(true);
    });
    expect(euler).toEqual(eulerLogistic(0.1, 0.5, euler.length - 1));
    // F = x²/2 − x³/3 rises along the iterates.
    const F = column(rows, 'F(x_k)');
    F.forEach((value, k) => {
      close(value, euler[k]! ** 2 / 2 - euler[k]! ** 3 / 3, 1e-16, 1e-14, `F(x_${k})`);
      if (k > 0) expect(value).toBeGreaterThan(F[k - 1]!);
    });
  });

  test('step 9 in table format prints the two columns with the same digits', () => {
    expect(tableRun.code).toBe(0);
    const lines = tableRun.stdout
      .split('\n')
      .filter((l) => /^\s*\d+\s+\S+\s+\S+\s+(true|false)\s+\S+\s*$/.test(l));
    expect(lines.length).toBe(table(9).length);
    for (const line of lines) {
      const [, euler, ascent, identical] = line.trim().split(/\s+/);
      expect(ascent).toBe(euler);
      expect(identical).toBe('true');
    }
  });

  test('step 8: Euler tables for shrinking h match the recursion, and the error at t = 5 is first order', () => {
    const rows = table(8, 0);
    for (const [name, h] of [
      ['h = 1', 1],
      ['h = 0.5', 0.5],
      ['h = 0.1', 0.1],
      ['h = 0.01', 0.01],
    ] as const) {
      const xs = eulerLogistic(0.1, h, Math.round(5 / h));
      rows.forEach((row) => {
        const t = row.t as number;
        close(row[name] as number, xs[Math.round(t / h)]!, 0, 1e-13, `${name} at t = ${t}`);
        close(row.exact as number, logistic(0.1, t), 0, 1e-14, `exact at t = ${t}`);
      });
    }
    const errors = table(8, 1);
    const perH = column(errors, 'error / h');
    errors.forEach((row) => {
      const xs = eulerLogistic(0.1, row.h as number, row.steps as number);
      close(row.x_N as number, xs[xs.length - 1]!, 0, 1e-12, `x_N for h = ${row.h}`);
    });
    // First order: error/h tends to a constant, so its last two values (h = 0.01, 0.001) agree to 1%.
    close(perH[perH.length - 1]!, perH[perH.length - 2]!, 0, 0.01, 'error/h');
  });

  test('steps 4, 6 and 7: the exact solution, blow-up below 0, equilibria 0 unstable and 1 stable', () => {
    for (const row of table(4)) {
      const t = row.t as number;
      close(row.exact as number, logistic(0.1, t), 0, 1e-14, `exact at t = ${t}`);
      close(row['rk4 (h = 0.1)'] as number, logistic(0.1, t), 1e-6, 0, `rk4 at t = ${t}`);
    }
    for (const row of table(6)) {
      const x0 = row.x0 as number;
      if (x0 < 0) {
        expect(row.status).not.toBe('success');
        close(row['last t'] as number, Math.log(1 - 1 / x0), 1e-6, 0, 'blow-up time');
      } else {
        expect(row.status).toBe('success');
        close(row['x(last t)'] as number, logistic(x0, 8), 1e-8, 0, `x(8) from ${x0}`);
      }
    }
    const equilibria = table(7, 0);
    expect(equilibria.map((r) => r.kind)).toEqual(['unstable', 'stable']);
    expect(column(equilibria, 'x*')).toEqual([0, 1]);
    expect(column(equilibria, "f'(x*)")).toEqual([1, -1]);
  });

  test('steps 1, 2, 3 and 10: secants, the pendulum energy, exponentials, and descent to the minimum', () => {
    for (const row of table(1)) {
      const dt = row['Δt'] as number;
      close(row['average speed'] as number, ((1 + dt) ** 2 - 1) / dt, 0, 1e-15, `secant for Δt = ${dt}`);
    }
    for (const row of table(2)) expect(Math.abs(row['energy change'] as number)).toBeLessThan(1e-9);
    for (const row of table(3)) {
      for (const x0 of [-1, 0.5, 1, 2])
        close(row[`x0 = ${x0}`] as number, x0 * Math.exp(row.t as number), 0, 1e-8, `x0 = ${x0}`);
    }
    const V = column(table(10, 0), 'V(x_k)');
    for (let k = 1; k < V.length; k++) expect(V[k]).toBeLessThan(V[k - 1]!);
    for (const row of table(10, 1)) {
      const eta = row['η'] as number;
      // Near the minimum each step multiplies the gap by 1 − η·V″(1) = 1 − η: contracting iff 0 < η < 2.
      if (eta < 2) {
        expect(row.status).toBe('converged');
        close(row['final x'] as number, 1, 1e-6, 0, `final x for η = ${eta}`);
      } else {
        expect(row.status).not.toBe('converged');
      }
    }
  });
});
