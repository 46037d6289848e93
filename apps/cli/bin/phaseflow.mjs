#!/usr/bin/env node
// Installed from the registry, `phaseflow` runs the compiled dist/main.js with plain Node. In the repository, where
// src/ sits beside bin/ (the package never ships src/), it runs the TypeScript source through tsx and adds the
// `phaseflow-source` export condition, so the workspace packages resolve to their source too: no build step.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const source = new URL('../src/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  // Hooks registered later run first: this one adds the condition, then tsx and Node's resolver see it.
  const addCondition = `export function resolve(specifier, context, next) {
    return next(specifier, { ...context, conditions: [...context.conditions, 'phaseflow-source'] });
  }`;
  register(`data:text/javascript,${encodeURIComponent(addCondition)}`);
  await import(source.href);
} else {
  await import('../dist/main.js');
}
