import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// Each package README documents its whole public API: every name its src/index.ts exports, values and types, is
// named in an inline code span of the README (`solve(problem, method, options?)`, `ScalarProblem`): a heading, a
// table row, a list item or prose, not only inside an example. A new export without an entry fails here.
const root = fileURLToPath(new URL('..', import.meta.url));
const LIBRARIES = ['ode', 'gradient-flow', 'formula'];

/** The names `src/index.ts` exports, from its one-line re-exports (`export { a, b as c } from …`). */
function exportedNames(indexSource: string): string[] {
  const names = [...indexSource.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((part) =>
        part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      )
      .filter(Boolean),
  );
  return [...new Set(names)].sort();
}

/** The identifiers opening an inline code span in the README's prose (fenced example code does not count). */
function documentedNames(readme: string): Set<string> {
  const prose = readme.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...prose.matchAll(/`([A-Za-z_$][\w$]*)[^`\n]*`/g)].map((m) => m[1]!));
}

test('exportedNames reads value and type re-exports, including renames', () => {
  const source =
    "export { b, a as c, type V } from './x.ts';\nexport type { T } from './y.ts';\nexport const z = 1;";
  expect(exportedNames(source)).toEqual(['T', 'V', 'b', 'c']);
});

test('documentedNames reads inline code spans, not fenced examples', () => {
  const readme =
    '# x\n### `solve(problem)`\n| `rk4({ h })` | `Problem` |\n```ts\nconst a = `notDocumented`;\n```\n';
  expect([...documentedNames(readme)].sort()).toEqual(['Problem', 'rk4', 'solve']);
});

test.each(LIBRARIES)('packages/%s/README.md names every export', (name) => {
  const readmePath = join(root, 'packages', name, 'README.md');
  expect(existsSync(readmePath), `${readmePath} is missing`).toBe(true);
  const exported = exportedNames(readFileSync(join(root, 'packages', name, 'src', 'index.ts'), 'utf8'));
  const documented = documentedNames(readFileSync(readmePath, 'utf8'));
  expect(exported.length).toBeGreaterThan(0);
  expect(
    exported.filter((n) => !documented.has(n)),
    'exports the README never names',
  ).toEqual([]);
});
