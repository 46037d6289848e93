#!/usr/bin/env node
// Installed from a tarball or the registry, `phaseflow` runs the compiled dist/main.js with plain Node. In the
// repository, where src/ sits beside bin/ (the package never ships src/), Node 20 cannot run TypeScript itself:
// tsx's loader compiles src/*.ts on the fly, and the `phaseflow-source` export condition makes the workspace
// packages resolve to their source too, so no build step is needed (without it they would resolve to dist/).
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const source = new URL('../src/main.ts', import.meta.url);
let entry = new URL('../dist/main.js', import.meta.url);
if (existsSync(source)) {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  // Hooks registered later run first: this one adds the condition, then tsx's and Node's resolvers see it.
  const addCondition = `export function resolve(specifier, context, next) {
    return next(specifier, { ...context, conditions: [...context.conditions, 'phaseflow-source'] });
  }`;
  register(`data:text/javascript,${encodeURIComponent(addCondition)}`);
  entry = source;
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
