import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const LIBRARIES = ['ode', 'gradient-flow', 'formula'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

// The libraries run in Node, workers and browsers alike: no DOM globals, no UI or plotting imports.
const FORBIDDEN = [
  /from\s+['"](lit|lit\/[^'"]*|plotly\.js[^'"]*|katex)['"]/,
  /\b(document|window|HTMLElement|customElements|navigator)\s*[.[(]/,
  /@phaseflow\/explorer/,
];

test.each(LIBRARIES)('packages/%s imports no DOM, Lit, KaTeX or plotly', (name) => {
  const offenders = sourceFiles(join(root, 'packages', name, 'src')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => FORBIDDEN.some((rule) => rule.test(line)))
      .map(({ line, i }) => `${file}:${i + 1}: ${line.trim()}`),
  );
  expect(offenders).toEqual([]);
});

test('@phaseflow/ode has no runtime dependencies', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'packages/ode/package.json'), 'utf8'));
  expect(pkg.dependencies ?? {}).toEqual({});
});

test('no source file calls eval or new Function', () => {
  const dirs = [
    'packages/ode/src',
    'packages/gradient-flow/src',
    'packages/formula/src',
    'apps/explorer/src',
    'apps/cli/src',
  ];
  const offenders = dirs.flatMap((dir) =>
    sourceFiles(join(root, dir)).filter((file) => /\beval\(|new Function\(/.test(readFileSync(file, 'utf8'))),
  );
  expect(offenders).toEqual([]);
});
