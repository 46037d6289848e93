import { describe, expect, test } from 'vitest';
import { close, csvNumbers, jsonTable, logistic, runCli, runMain } from '../test/run-cli.ts';

describe('phaseflow solve', { concurrent: true, timeout: 120_000 }, () => {
  test('solve "x*(1-x)" --method rk4 --h 0.1 follows the exact logistic solution (json)', async () => {
    const run = await runCli([
      'solve',
      'x*(1-x)',
      '--x0',
      '0.1',
      '--t1',
      '10',
      '--method',
      'rk4',
      '--h',
      '0.1',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { status: string; steps: number };
    expect(report.status).toBe('success');
    expect(report.steps).toBe(100);
    const rows = jsonTable(run.stdout, 'solution');
    expect(rows).toHaveLength(101);
    for (const row of rows) {
      const t = row.t as number;
      close(t, (row.k as number) * 0.1, 1e-12, 0, `t at k = ${row.k}`);
      close(row.x as number, logistic(0.1, t), 1e-6, 0, `x at t = ${t}`);
    }
  });

  test('solve --method euler gives the Euler recursion x_{k+1} = x_k + h·f(x_k), bit for bit (csv)', async () => {
    const run = await runCli([
      'solve',
      'x*(1-x)',
      '--x0',
      '0.1',
      '--t1',
      '5',
      '--method',
      'euler',
      '--h',
      '0.5',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    const { header, rows } = csvNumbers(run.stdout);
    expect(header).toEqual(['k', 't', 'x']);
    let x = 0.1;
    for (const [k, t, value] of rows) {
      expect(t).toBe(k! * 0.5);
      expect(value).toBe(x);
      x = x + 0.5 * (x * (1 - x));
    }
    expect(rows).toHaveLength(11);
  });

  test("a formula of t: x' = cos(t) from 0 gives sin(t) (table format, parsed back)", async () => {
    const run = await runCli(['solve', 'cos(t)', '--x0', '0', '--t1', '3', '--h', '0.01', '--every', '50']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => /^\s*\d+\s+[\d.]+\s+-?[\d.e-]+\s*$/.test(line));
    expect(lines.length).toBe(7);
    for (const line of lines) {
      const [, t, x] = line.trim().split(/\s+/).map(Number);
      close(x!, Math.sin(t!), 1e-9, 0, `x at t = ${t}`);
    }
  });

  test('a solution that blows up reports its status, keeps the points, and exits 1', async () => {
    const run = await runCli([
      'solve',
      'x^2',
      '--x0',
      '1',
      '--t1',
      '2',
      '--method',
      'dopri5',
      '--rtol',
      '1e-10',
      '--atol',
      '1e-12',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { status: string };
    expect(report.status).not.toBe('success');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const rows = jsonTable(run.stdout, 'solution');
    // x(t) = 1/(1 − t) is finite before t = 1: every reported point is on it.
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows.filter((r) => (r.t as number) < 0.999)) {
      const t = row.t as number;
      close(row.x as number, 1 / (1 - t), 0, 1e-6, `x at t = ${t}`);
    }
  });
});

describe('phaseflow equilibria, descend, ascend', { concurrent: true, timeout: 120_000 }, () => {
  test('equilibria "x^2*(1-x)" --range -1,2 finds 0 (semi-stable) and 1 (stable)', async () => {
    const run = await runCli(['equilibria', 'x^2*(1-x)', '--range', '-1,2', '--format', 'json']);
    expect(run.code).toBe(0);
    const rows = jsonTable(run.stdout, 'equilibria');
    expect(rows.map((r) => r.kind)).toEqual(['semi-stable', 'stable']);
    close(rows[0]!.x as number, 0, 1e-8, 0, 'first equilibrium');
    close(rows[1]!.x as number, 1, 1e-12, 0, 'second equilibrium');
    // f'(1) = 2·1 − 3·1² = −1.
    close(rows[1]!["f'(x)"] as number, -1, 1e-12, 0, "f'(1)");
    const flow = jsonTable(run.stdout, 'phase line');
    expect(flow.map((r) => r.flow)).toEqual(['increasing →', 'increasing →', 'decreasing ←']);
  });

  test('descend "x^2" --x0 3 --lr 0.1 --steps 20 gives x_k = 3·0.8^k', async () => {
    const run = await runCli([
      'descend',
      'x^2',
      '--x0',
      '3',
      '--lr',
      '0.1',
      '--steps',
      '20',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const rows = jsonTable(run.stdout, 'iterates');
    expect(rows).toHaveLength(21);
    for (const row of rows) {
      const k = row.k as number;
      close(row.x as number, 3 * 0.8 ** k, 0, 1e-13, `x_${k}`);
      close(row['F(x)'] as number, (3 * 0.8 ** k) ** 2, 0, 1e-12, `F(x_${k})`);
    }
    expect((JSON.parse(run.stdout) as { status: string }).status).toBe('max-iterations');
  });

  test('ascend on x^2/2 - x^3/3 with lr 0.5 is Euler on the logistic equation with h 0.5', async () => {
    const run = await runCli([
      'ascend',
      'x^2/2 - x^3/3',
      '--x0',
      '0.1',
      '--lr',
      '0.5',
      '--steps',
      '12',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    let x = 0.1;
    for (const row of jsonTable(run.stdout, 'iterates')) {
      close(row.x as number, x, 0, 1e-14, `x_${row.k}`);
      x = x + 0.5 * x * (1 - x);
    }
  });
});

// In process: main() with captured output, one at a time (the capture is global).
describe('main(args), in process', { timeout: 120_000 }, () => {
  test('each method converges at its order: halving h divides the error at t1 by about 2^p (in process)', async () => {
    const orders = { euler: 1, heun: 2, midpoint: 2, rk4: 4 } as const;
    const finalError = async (method: string, h: number) => {
      const run = await runCli([
        'solve',
        'x*(1-x)',
        '--x0',
        '0.1',
        '--t1',
        '4',
        '--method',
        method,
        '--h',
        String(h),
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      return Math.abs((JSON.parse(run.stdout) as { final: number }).final - logistic(0.1, 4));
    };
    for (const [method, p] of Object.entries(orders)) {
      const coarse = await finalError(method, 0.1);
      const fine = await finalError(method, 0.05);
      const ratio = coarse / fine;
      if (!(ratio > 2 ** p * 0.8 && ratio < 2 ** p * 1.25)) {
        throw new Error(`${method}: error ratio ${ratio} for halved h, expected about ${2 ** p}`);
      }
    }
    const adaptive = await runCli([
      'solve',
      'x*(1-x)',
      '--x0',
      '0.1',
      '--t1',
      '4',
      '--method',
      'dopri5',
      '--rtol',
      '1e-9',
      '--atol',
      '1e-12',
      '--format',
      'json',
    ]);
    expect(adaptive.code).toBe(0);
    close(
      (JSON.parse(adaptive.stdout) as { final: number }).final,
      logistic(0.1, 4),
      1e-7,
      0,
      'dopri5 at t = 4',
    );
  });

  test('equilibria --format csv writes both tables, each under a # line (in process)', async () => {
    const run = await runMain(['equilibria', 'x*(1-x)', '--range', '-1,1.5', '--format', 'csv']);
    expect(run.code).toBe(0);
    const blocks = run.stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.startsWith('# equilibria\n')).toBe(true);
    const first = csvNumbers(blocks[0]!.split('\n').slice(1).join('\n'));
    expect(first.header[0]).toBe('x');
    expect(first.rows.map((r) => r[0])).toEqual([0, 1]);
  });
});
