import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { close, csvNumbers, jsonTable, runMain } from '../test/run-cli.ts';
import { renderReport } from './output/render-report.ts';
import type { Report } from './output/report.ts';

// Terminal control: C0 (ESC), DEL, C1 (CSI is U+009B), bidi overrides and line separators. Newlines are layout.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must never be printed raw
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

// The first in-process run loads main.ts, mathjs and the packages (several seconds on a loaded machine): load
// them once here, with room, so that no single test pays for it.
beforeAll(async () => {
  await import('./main.ts');
}, 120_000);

describe('phaseflow output is streamed row by row', { timeout: 120_000 }, () => {
  test('solve with 200,000 rows writes every row and exits 0 (it used to overflow the stack)', async () => {
    const run = await runMain([
      'solve',
      'x*(1-x)',
      '--x0',
      '0.1',
      '--t1',
      '1',
      '--h',
      '5e-6',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[200_001]!.startsWith('200000,')).toBe(true);
  });

  test('solve --h 1e-7 (10^7 steps asked): the first 10^6 rows, status max-steps on stderr, exit 1, no stack trace', async () => {
    const run = await runMain(['solve', 'x*(1-x)', '--x0', '0.1', '--t1', '1', '--h', '1e-7']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^phaseflow: stopped after maxSteps = 1000000 steps/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toMatch(/\n1000000 {2}/);
  });

  test('a table of 300,000 lazily made rows renders in all three formats; JSON equals JSON.stringify', () => {
    const rows = {
      *[Symbol.iterator]() {
        for (let k = 0; k < 300_000; k++) yield [k, k / 8];
      },
    };
    const report: Report = {
      command: 'big',
      summary: { n: 300_000 },
      sections: [{ title: '', text: [], tables: [{ name: 'rows', columns: ['k', 'v'], rows }] }],
      exitCode: 0,
    };
    expect(renderReport(report, 'csv').length).toBeGreaterThan(3_000_000);
    expect(renderReport(report, 'table').split('\n')).toHaveLength(300_000 + 5);
    const small: Report = {
      ...report,
      sections: [
        {
          title: 't',
          text: ['a'],
          tables: [
            {
              name: 'rows',
              columns: ['k', 'v'],
              rows: [
                [1, 'b'],
                [2, null],
              ],
            },
          ],
        },
      ],
    };
    const expected = {
      command: 'big',
      n: 300_000,
      sections: [
        {
          title: 't',
          text: ['a'],
          tables: [
            {
              name: 'rows',
              columns: ['k', 'v'],
              rows: [
                { k: 1, v: 'b' },
                { k: 2, v: null },
              ],
            },
          ],
        },
      ],
    };
    expect(renderReport(small, 'json')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });
});

describe('parameters on the command line', { timeout: 60_000 }, () => {
  test('solve "r*x*(1-x/K)" --par r=2 --par K=10 follows the exact logistic solution', async () => {
    const run = await runMain([
      'solve',
      'r*x*(1-x/K)',
      '--x0',
      '1',
      '--t1',
      '3',
      '--h',
      '0.01',
      '--par',
      'r=2',
      '--par',
      'K=10',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    const { rows } = csvNumbers(run.stdout);
    // x(t) = K / (1 + (K/x0 − 1)·e^(−rt))
    for (const [, t, x] of rows) close(x!, 10 / (1 + 9 * Math.exp(-2 * t!)), 1e-8, 0, `x at t = ${t}`);
  });

  test('equilibria "r*x*(1-x/K)" --par K=10 finds 0 (unstable) and K (stable)', async () => {
    const run = await runMain([
      'equilibria',
      'r*x*(1-x/K)',
      '--par',
      'r=1',
      '--par',
      'K=7',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const rows = jsonTable(run.stdout, 'equilibria');
    expect(rows.map((r) => r.kind)).toEqual(['unstable', 'stable']);
    close(rows[1]!.x as number, 7, 1e-10, 0, 'x = K');
    close(rows[1]!["f'(x)"] as number, -1, 1e-10, 0, "f'(K) = -r");
  });

  test('descend "a*(x-b)^2" --par a=2 --par b=3 converges to b', async () => {
    const run = await runMain([
      'descend',
      'a*(x-b)^2',
      '--x0',
      '0',
      '--par',
      'a=2',
      '--par',
      'b=3',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    close((JSON.parse(run.stdout) as { final: number }).final, 3, 1e-8, 0, 'the minimum');
  });
});

describe('nothing the CLI prints can drive the terminal', { timeout: 60_000 }, () => {
  test('a mathjs comment holding ESC c (reset) is printed escaped', async () => {
    const run = await runMain(['solve', 'x # \u001bc', '--x0', '1', '--t1', '0.1']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain('x # \\x1bc');
  });

  test('400 hostile formulas and option values: no control character reaches stdout or stderr', async () => {
    const hostile = fc.string({ unit: 'binary', maxLength: 12 }).map((s) => `x # ${s}`);
    const control = fc.constantFrom(
      '\u001b[2J',
      '\u001bc',
      '\u009b31m',
      '\u202e',
      '\u2028',
      '\u0007',
      '\u007f',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile,
          control.map((c) => `x${c}`),
        ),
        fc.oneof(control, fc.string({ unit: 'binary', maxLength: 6 })),
        fc.constantFrom('table', 'csv', 'json'),
        async (formula, junk, format) => {
          for (const args of [
            ['solve', formula, '--x0', '1', '--t1', '0.1', '--format', format],
            ['solve', 'x', '--x0', junk, '--t1', '1'],
            ['equilibria', 'x', '--range', junk],
            ['solve', 'r*x', '--x0', '1', '--t1', '1', '--par', `r=${junk}`],
            ['descend', 'x^2', '--x0', '1', `--${junk}`, '1'],
            [junk, 'x'],
          ]) {
            const run = await runMain(args);
            expect(run.stdout).not.toMatch(UNSAFE);
            expect(run.stderr).not.toMatch(UNSAFE);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});
