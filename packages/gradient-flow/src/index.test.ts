import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import * as api from './index.ts';

test('the exported names of @phaseflow/gradient-flow (snapshot: every API change shows in review)', () => {
  expect(Object.keys(api).sort()).toMatchSnapshot();
});

test('the package imports only @phaseflow/ode (its published entry points) and its own files: no DOM, plotly or Lit', () => {
  const src = fileURLToPath(new URL('.', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path);
    }
  };
  walk(src);
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
      expect(
        spec === '@phaseflow/ode' ||
          spec === '@phaseflow/ode/validation' ||
          spec!.startsWith('./') ||
          spec!.startsWith('../'),
        `${file}: ${spec}`,
      ).toBe(true);
    }
    expect(text, file).not.toMatch(/\b(document|window|HTMLElement|customElements)\b/);
  }
});
