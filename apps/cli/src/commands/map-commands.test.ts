import { describe, expect, test } from 'vitest';
import { close, csvNumbers, jsonTable, runCli, runMain } from '../../test/run-cli.ts';

// runMain swaps process.stdout: these run one after another, in process (one test runs the real bin).
describe('phaseflow orbit', { timeout: 60_000 }, () => {
  test('orbit "x*(1-x)" --h 2.5 is the Euler recursion x + h·x(1 − x), bit for bit, with slope 1 + h(1 − 2x) (json)', async () => {
    const run = await runMain([
      'orbit',
      'x*(1-x)',
      '--h',
      '2.5',
      '--x0',
      '0.5',
      '--steps',
      '30',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: 'bounded',
      method: 'euler',
      iterations: 30,
      "f'": '1 - 2*x',
    });
    const rows = jsonTable(run.stdout, 'orbit');
    expect(rows).toHaveLength(31);
    let x = 0.5;
    for (const row of rows) {
      expect(row.x).toBe(x);
      close(row["map'(x)"] as number, 1 + 2.5 * (1 - 2 * x), 1e-15, 1e-15, `slope at k = ${row.k}`);
      x = x + 2.5 * (x * (1 - x));
    }
  });

  test('orbit --method rk4 is the classical four-stage step written out by hand (csv)', async () => {
    const run = await runMain([
      'orbit',
      'x*(1-x)',
      '--h',
      '1.2',
      '--x0',
      '0.1',
      '--steps',
      '10',
      '--method',
      'rk4',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    const { header, rows } = csvNumbers(run.stdout);
    expect(header).toEqual(['k', 'x', "map'(x)"]);
    const f = (x: number) => x * (1 - x);
    let x = 0.1;
    for (const [k, value] of rows) {
      close(value!, x, 1e-15, 1e-15, `x at k = ${k}`);
      const h = 1.2;
      const k1 = f(x);
      const k2 = f(x + (h / 2) * k1);
      const k3 = f(x + (h / 2) * k2);
      const k4 = f(x + h * k3);
      x = x + (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    }
  });

  test('orbit past the bound escapes: status escaped, exit 1, the reason on stderr', async () => {
    const run = await runMain([
      'orbit',
      'x*(1-x)',
      '--h',
      '3.2',
      '--x0',
      '0.5',
      '--steps',
      '1000',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).status).toBe('escaped');
    expect(run.stderr).toMatch(/escaped/);
  });

  test('orbit takes --par and refuses bad input with exit 2 and nothing on stdout', async () => {
    const ok = await runMain([
      'orbit',
      'a*x - x^3',
      '--par',
      'a=1',
      '--h',
      '0.5',
      '--x0',
      '0.3',
      '--format',
      'json',
    ]);
    expect(ok.code).toBe(0);
    close(JSON.parse(ok.stdout).final, 1, 1e-9, 0, 'settles at the minimum x* = 1 of the double well');
    for (const args of [
      ['orbit', 'x*(1-x)', '--x0', '0.5'],
      ['orbit', 'x*(1-x)', '--h', '-1', '--x0', '0.5'],
      ['orbit', 'x*(1-x)', '--h', '1', '--x0', 'a'],
      ['orbit', 'x*(1-x)', '--h', '1', '--x0', '0.5', '--method', 'dopri5'],
      ['orbit', 'x*(1-x', '--h', '1', '--x0', '0.5'],
    ]) {
      const run = await runMain(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });

  test('the bin prints the orbit as a table', async () => {
    const run = await runCli(['orbit', 'x*(1-x)', '--h', '1.5', '--x0', '0.5', '--steps', '3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/status +bounded/);
    expect(run.stdout).toMatch(/0\.875/); // 0.5 + 1.5·0.25
  });
});

describe('phaseflow bifurcation', { timeout: 60_000 }, () => {
  test('bifurcation "x*(1-x)": 1, 2, 4 distinct values, chaos, escape past h = 3; doublings 2 and √6 (json)', async () => {
    const run = await runMain([
      'bifurcation',
      'x*(1-x)',
      '--h',
      '1.5,3.5',
      '--columns',
      '9',
      '--transient',
      '5000',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { doublings: string; escaped: number };
    const doublings = report.doublings.split(', ').map(Number);
    close(doublings[0]!, 2, 1e-9, 0, 'first doubling');
    close(doublings[1]!, Math.sqrt(6), 1e-9, 0, 'second doubling');
    const columns = jsonTable(run.stdout, 'columns');
    expect(columns.map((c) => c.h)).toEqual([1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5]);
    expect(columns.map((c) => c.status)).toEqual([...Array(7).fill('bounded'), 'escaped', 'escaped']);
    expect([columns[0]!.distinct, columns[3]!.distinct, columns[4]!.distinct]).toEqual([1, 2, 4]);
    close(columns[0]!.lyapunov as number, Math.log(0.5), 1e-9, 0, 'λ = ln|1 − h| at h = 1.5');
    expect(columns[6]!.lyapunov as number).toBeGreaterThan(0.5); // ln 2 at h = 3
    expect(report.escaped).toBe(2);
    const points = jsonTable(run.stdout, 'points');
    expect(points.filter((p) => p.h === 2.25)).toHaveLength(2);
  });

  test('bifurcation --format csv writes the two tables, each after its # name line', async () => {
    const run = await runMain([
      'bifurcation',
      'x*(1-x)',
      '--h',
      '1,2.2',
      '--columns',
      '3',
      '--keep',
      '20',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    const [columns, points] = run.stdout.split('\n\n');
    expect(columns!.startsWith('# columns\nh,status,distinct,lyapunov\n')).toBe(true);
    const { header, rows } = csvNumbers(points!.replace(/^# points\n/, ''));
    expect(header).toEqual(['h', 'x']);
    expect(rows.map(([h]) => h)).toEqual([1, 1.6, 2.2, 2.2]); // h = 2.2 is past the first doubling: a 2-cycle
  });

  test('bifurcation refuses bad ranges and counts with exit 2', async () => {
    for (const args of [
      ['bifurcation', 'x*(1-x)', '--h', '2,1'],
      ['bifurcation', 'x*(1-x)', '--h', '-1,1'],
      ['bifurcation', 'x*(1-x)', '--columns', '1'],
      ['bifurcation', 'x*(1-x)', '--columns', '100000'],
      ['bifurcation', 'x*(1-x)', '--keep', '0'],
    ]) {
      const run = await runMain(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});
