import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runMain } from '../test/run-cli.ts';

// Every command line in the sh blocks of this README and the root README runs, in process, with the exit code it
// promises (0 unless a trailing `# exit N` says otherwise), so neither can show a command that fails.
const readme = ['../README.md', '../../../README.md']
  .map((path) => readFileSync(new URL(path, import.meta.url), 'utf8'))
  .join('\n');
const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]!
    .split('\n')
    .filter((line) => line.startsWith('npx phaseflow '))
    .map((line) => {
      const exit = /#\s*exit (\d)/.exec(line);
      const command = line.replace(/#.*$/, '').trim();
      return { command, args: shellWords(command).slice(2), exit: exit ? Number(exit[1]) : 0 };
    }),
);

/** Splits a command line into words, honouring double quotes (all the README uses). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

test('the READMEs show at least fourteen phaseflow command lines', () => {
  expect(commands.length).toBeGreaterThanOrEqual(14);
});

test.each(commands)(
  '$command exits with $exit',
  async ({ args, exit }) => {
    const run = await runMain(args);
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: exit });
    if (exit === 2) expect(run.stdout).toBe('');
    else expect(run.stdout.length).toBeGreaterThan(0);
  },
  60_000,
);
