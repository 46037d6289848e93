#!/usr/bin/env node
// Builds every publishable workspace (a directory under packages/ or apps/ with a tsconfig.build.json) into its
// dist/: ESM JavaScript, .d.ts declarations, declaration maps and source maps, all made by tsc. Workspaces are
// built in dependency order because each one type-checks against the declarations its dependencies just emitted
// (the build configs do not set the `phaseflow-source` condition, so they resolve `types`, as a consumer does).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

// The repository's own tsc (TypeScript 7), found through its package.json because `typescript` exports no bin path.
const typescriptManifest = createRequire(import.meta.url).resolve('typescript/package.json');
const tsc = join(dirname(typescriptManifest), readJson(typescriptManifest).bin.tsc);

/**
 * The publishable workspaces under `root`, dependencies first.
 * @param {string} root a directory laid out like this repository
 * @returns {{ name: string, dir: string, manifest: Record<string, any> }[]}
 */
export function publishableWorkspaces(root = repoRoot) {
  const found = ['packages', 'apps'].flatMap((parent) =>
    existsSync(join(root, parent))
      ? readdirSync(join(root, parent))
          .map((name) => join(root, parent, name))
          .filter(
            (dir) => existsSync(join(dir, 'tsconfig.build.json')) && existsSync(join(dir, 'package.json')),
          )
          .map((dir) => ({ dir, manifest: readJson(join(dir, 'package.json')) }))
          .filter(({ manifest }) => !manifest.private)
          .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }))
      : [],
  );
  const byName = new Map(found.map((w) => [w.name, w]));
  const ordered = [];
  const visiting = new Set();
  const visit = (workspace) => {
    if (ordered.includes(workspace)) return;
    if (visiting.has(workspace)) throw new Error(`dependency cycle through ${workspace.name}`);
    visiting.add(workspace);
    for (const dependency of Object.keys(workspace.manifest.dependencies ?? {})) {
      const local = byName.get(dependency);
      if (local) visit(local);
    }
    ordered.push(workspace);
  };
  found.forEach(visit);
  return ordered;
}

// tsc rewrites `./x.ts` to `./x.js` in the JavaScript it emits but keeps `./x.ts` in declarations. Older TypeScript
// versions reject that in a consumer's node_modules, so rewrite it here; `.ts` and `.js` have the same length, so
// the declaration maps' columns stay exact.
const RELATIVE_TS_SPECIFIER = /((?:from\s+|import\s*\(\s*)(['"])\.{1,2}\/[^'"]*)\.ts\2/g;

function rewriteDeclarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewriteDeclarations(path);
    else if (entry.name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const rewritten = text.replace(RELATIVE_TS_SPECIFIER, '$1.js$2');
      if (rewritten !== text) writeFileSync(path, rewritten);
    }
  }
}

/**
 * Cleans and builds each publishable workspace under `root`.
 * @param {string} root a directory laid out like this repository
 * @param {(line: string) => void} log
 * @returns {string[]} the workspace directories built, in order
 */
export function buildPackages(root = repoRoot, log = () => {}) {
  const built = [];
  for (const { name, dir } of publishableWorkspaces(root)) {
    const started = performance.now();
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    try {
      execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.build.json')], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      throw new Error(`tsc failed for ${name}:\n${error.stdout}${error.stderr}`);
    }
    rewriteDeclarations(join(dir, 'dist'));
    log(`built ${name} (${relative(root, dir)}/dist) in ${Math.round(performance.now() - started)} ms`);
    built.push(dir);
  }
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    buildPackages(repoRoot, (line) => console.log(line));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
