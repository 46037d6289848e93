import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// scripts/readme.test.ts checks that each marked README block equals its example file and that the example runs.
// This adds what it cannot see: no unmarked (untested) code block, and no example left out of the README.
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

test('every code block in the README is marked as the text of an example file, and equals it', () => {
  const blocks = [...readme.matchAll(/(<!-- example: (\S+) -->\s*)?```ts\n([\s\S]*?)```/g)];
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  for (const [, marker, path, body] of blocks) {
    expect(marker, `unmarked block:\n${body}`).toBeDefined();
    expect(readFileSync(join(root, path!), 'utf8')).toBe(body);
  }
});

test('every example file appears in the README and runs', async () => {
  for (const file of readdirSync(join(root, 'examples'))) {
    expect(readme).toContain(`<!-- example: examples/${file} -->`);
    await import(join(root, 'examples', file));
  }
}, 60_000); // a few seconds alone; the budget covers a loaded machine

test('the README lists every exported name', async () => {
  const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
  const names = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  expect(names.length).toBeGreaterThan(40);
  for (const name of names) expect(readme, name).toContain(`\`${name}`);
});
