import { beforeAll, describe, expect, test } from 'vitest';
import { runCli, runMain } from '../test/run-cli.ts';

const BAD_INPUT: [string, string[]][] = [
  ['garbage formula', ['solve', 'x +* ) ', '--x0', '1', '--t1', '1']],
  ['constructor', ['solve', 'constructor', '--x0', '1', '--t1', '1']],
  ['__proto__', ['equilibria', '__proto__']],
  ["import('x')", ['descend', "import('x')", '--x0', '1']],
  ['a 10 kB formula', ['solve', 'x+'.repeat(5000), '--x0', '1', '--t1', '1']],
  ['unbalanced parentheses', ['ascend', '(x*(1-x)', '--x0', '1']],
  ['a non-numeric x0', ['solve', 'x', '--x0', 'abc', '--t1', '1']],
  ['a negative h', ['solve', 'x', '--x0', '1', '--t1', '1', '--h', '-0.1']],
  ['an unknown method', ['solve', 'x', '--x0', '1', '--t1', '1', '--method', 'leapfrog']],
  ['an unknown format', ['solve', 'x', '--x0', '1', '--t1', '1', '--format', 'xml']],
  ['an unknown option', ['solve', 'x', '--x0', '1', '--t1', '1', '--bogus', '2']],
  ['a missing option', ['solve', 'x', '--t1', '1']],
  ['a missing formula', ['equilibria']],
  ['a reversed range', ['equilibria', 'x', '--range', '2,1']],
  ['a fractional step count', ['descend', 'x^2', '--x0', '1', '--steps', '2.5']],
  ['a billion iterations', ['descend', 'x^2', '--x0', '1', '--steps', '1e9']],
  ['a billion grid points', ['equilibria', 'x', '--grid', '1000000000']],
  ['an unknown command', ['integrate', 'x']],
  ['a walkthrough step out of range', ['walkthrough', '--step', '0']],
  ['an empty x0', ['solve', 'x', '--x0', '', '--t1', '1']],
  ['an empty x0 after =', ['solve', 'x', '--x0=', '--t1', '1']],
  ['a hex x0', ['solve', 'x', '--x0', '0x10', '--t1', '1']],
  ['a binary h', ['solve', 'x', '--x0', '1', '--t1', '1', '--h', '0b11']],
  ['a hex range', ['equilibria', 'x', '--range', '0x1,2']],
  ['a parameter without a value', ['solve', 'r*x', '--x0', '1', '--t1', '1']],
  ['--par with an empty value', ['solve', 'r*x', '--x0', '1', '--t1', '1', '--par', 'r=']],
  ['--par without =', ['equilibria', 'r*x', '--par', 'r']],
  ['--par with a hex value', ['descend', 'a*x^2', '--x0', '1', '--par', 'a=0x2']],
  ['--par for a name the formula lacks', ['ascend', 'a*x', '--x0', '1', '--par', 'a=1', '--par', 'b=2']],
  ['--par given twice', ['solve', 'r*x', '--x0', '1', '--t1', '1', '--par', 'r=1', '--par', 'r=2']],
  ['a typo that is not a parameter', ['solve', 'sinn(x)', '--x0', '1', '--t1', '1']],
];

function expectUsageError(run: { code: number; stdout: string; stderr: string }): void {
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toMatchObject({ code: 2, stdout: '' });
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^phaseflow: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

// The first in-process run loads main.ts, mathjs and the packages (several seconds on a loaded machine): load
// them once here, with room, so that no single test pays for it.
beforeAll(async () => {
  await import('./main.ts');
}, 120_000);

describe('main(args) with bad input', () => {
  test.each(BAD_INPUT)('%s: one line on stderr, nothing on stdout, exit code 2', async (_, args) => {
    expectUsageError(await runMain(args));
  });
});

describe('phaseflow (subprocess) with bad input', { concurrent: true, timeout: 120_000 }, () => {
  test.each(
    BAD_INPUT.filter(([name]) =>
      ['constructor', 'a negative h', 'an unknown option', 'an unknown command'].includes(name),
    ),
  )('%s: exit code 2, one line on stderr', async (_, args) => {
    const run = await runCli(args);
    expectUsageError(run);
  });
});

describe('main([command, "--help"])', () => {
  test.each(['walkthrough', 'solve', 'equilibria', 'descend', 'ascend'])(
    'phaseflow %s --help prints its usage',
    async (command) => {
      const run = await runMain([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`$ phaseflow ${command}`);
      expect(run.stdout).toContain('--format');
    },
  );
});

describe('phaseflow --help (subprocess)', { timeout: 120_000 }, () => {
  test('phaseflow --help lists every command; --version prints it', async () => {
    const [help, version] = await Promise.all([runCli(['--help']), runCli(['--version'])]);
    expect(help.code).toBe(0);
    for (const command of ['walkthrough', 'solve', 'equilibria', 'descend', 'ascend'])
      expect(help.stdout).toContain(command);
    expect(version.stdout).toMatch(/^phaseflow\/\d+\.\d+\.\d+/);
  });
});
