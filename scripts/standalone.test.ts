import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { findOutsidePaths } from './outside-paths.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// Code, configuration and scripts: whatever runs. Prose (README.md) may mention where data came from.
const RUNNABLE = /\.(ts|mts|cts|js|mjs|cjs|json|sh|py|html)$|^\.ci\/run$/;

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(
      (file) =>
        RUNNABLE.test(file) &&
        file !== 'package-lock.json' &&
        file !== 'scripts/outside-paths.ts' &&
        file !== 'scripts/standalone.test.ts',
    );
}

test('no tracked file reads data from above the repository root', () => {
  const files = trackedFiles();
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.flatMap((file) =>
    findOutsidePaths(root, file, readFileSync(join(root, file), 'utf8')),
  );
  expect(offenders).toEqual([]);
});

test('findOutsidePaths(root, file, text) flags the ways a file can reach above the root', () => {
  const flagged = (file: string, text: string) => findOutsidePaths('/repo', file, text).length;
  // The sibling folder's name is assembled, so that this file does not itself look like a reader of it.
  const sibling = ['shared', 'reference'].join('/');
  expect(
    flagged('packages/ode/test/reference.ts', `new URL('../../../../${sibling}/', import.meta.url)`),
  ).toBe(1);
  expect(flagged('a.ts', "readFileSync('../x.json')")).toBe(1);
  expect(flagged('a.ts', `const dir = '${sibling}';`)).toBe(1);
  expect(flagged('a.ts', "const dir = '/work/shared/seeds';")).toBe(1);
  expect(flagged('packages/ode/test/reference.ts', "new URL('./reference/', import.meta.url)")).toBe(0);
  expect(flagged('packages/ode/src/a.ts', "import { b } from '../../gradient-flow/src/b.ts';")).toBe(0);
  expect(flagged('scripts/a.ts', "execFileSync('/usr/bin/chromium')")).toBe(0);
});
