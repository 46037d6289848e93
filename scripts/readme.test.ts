import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// Every code block in a README that follows an `<!-- example: path -->` marker must be the text of that example
// file, and the example must run (it asserts its own results). So the READMEs cannot drift from working code.
const root = fileURLToPath(new URL('..', import.meta.url));
const READMES = [
  'README.md',
  'packages/ode/README.md',
  'packages/gradient-flow/README.md',
  'packages/formula/README.md',
  'apps/cli/README.md',
];
const MARKED_BLOCK = /<!-- example: (\S+) -->\s*```\w*\n([\s\S]*?)```/g;

const examples = READMES.filter((readme) => existsSync(join(root, readme))).flatMap((readme) =>
  [...readFileSync(join(root, readme), 'utf8').matchAll(MARKED_BLOCK)].map((m) => ({
    readme,
    path: m[1]!,
    block: m[2]!,
  })),
);

test('the root README shows at least one tested example', () => {
  expect(examples.filter((e) => e.readme === 'README.md').length).toBeGreaterThan(0);
});

test.each(examples)('$readme block equals $path', ({ readme, path, block }) => {
  const file = join(root, readme, '..', path);
  expect(readFileSync(file, 'utf8')).toBe(block);
});

test.each(examples)('$path runs and its assertions hold', async ({ readme, path }) => {
  await import(join(root, readme, '..', path));
});
