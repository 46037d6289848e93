import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

test('the explorer imports the packages through their entry points only, never their files', () => {
  // Under happy-dom import.meta.url is not a file URL; the test's own path is.
  const src = dirname(expect.getState().testPath!);
  const offenders: string[] = [];
  let packageImports = 0;
  for (const file of sourceFiles(src)) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!specifier) continue;
      if (specifier.startsWith('@phaseflow/')) {
        packageImports++;
        if (!/^@phaseflow\/[a-z-]+$/.test(specifier)) offenders.push(`${relative(src, file)}: ${specifier}`);
      } else if (specifier.startsWith('.')) {
        const target = resolve(join(file, '..'), specifier);
        if (relative(src, target).startsWith('..')) offenders.push(`${relative(src, file)}: ${specifier}`);
      }
    }
  }
  expect(offenders).toEqual([]);
  expect(packageImports).toBeGreaterThan(3);
});
