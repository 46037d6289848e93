import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackages, type PublishableWorkspace, publishableWorkspaces } from './build-packages.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** A private copy of the publishable workspaces, built, outside the repository. */
export interface StagedPackages {
  /** The copy's root: laid out like the repository, with its own node_modules. */
  root: string;
  /** The built workspaces of the copy, dependencies first. */
  workspaces: PublishableWorkspace[];
  /** Removes the copy. */
  cleanup: () => void;
}

/**
 * Copies each publishable workspace (without node_modules and dist) into a fresh directory under os.tmpdir() and
 * builds it there with `scripts/build-packages.mjs`. Working on a copy means a test or benchmark never races a
 * concurrent `npm run build` over the repository's own dist/ folders. The copy's node_modules links the
 * repository's third-party packages (mathjs, cac, @types/node) and its own `@phaseflow/*` packages.
 */
export function stagePackages(): StagedPackages {
  const root = mkdtempSync(join(tmpdir(), 'phaseflow-stage-'));
  try {
    cpSync(join(repoRoot, 'tsconfig.build-base.json'), join(root, 'tsconfig.build-base.json'));
    for (const { dir } of publishableWorkspaces(repoRoot)) {
      cpSync(dir, join(root, relative(repoRoot, dir)), {
        recursive: true,
        filter: (path) => !['node_modules', 'dist'].includes(basename(path)),
      });
    }
    const modules = join(root, 'node_modules');
    mkdirSync(join(modules, '@phaseflow'), { recursive: true });
    for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
      if (name !== '@phaseflow' && !name.startsWith('.'))
        symlinkSync(join(repoRoot, 'node_modules', name), join(modules, name));
    }
    const workspaces = publishableWorkspaces(root);
    for (const { name, dir } of workspaces) symlinkSync(dir, join(modules, name));
    buildPackages(root);
    return { root, workspaces, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** What `npm pack --json` reports for one tarball. */
export interface PackedTarball {
  name: string;
  version: string;
  filename: string;
  files: { path: string; size: number }[];
}

/** Runs `npm pack` on `dirs` into `destination`: one npm process for all of them. */
export function packTarballs(dirs: string[], destination: string): PackedTarball[] {
  const output = execFileSync('npm', ['pack', ...dirs, '--pack-destination', destination, '--json'], {
    cwd: destination,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(output) as PackedTarball[];
}

/**
 * The environment without what `npm test` and Vitest leave in it: npm's `npm_*` settings (a child npm would read
 * the repository's prefix from them) and NODE_OPTIONS (loaders a plain consumer does not have).
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.toLowerCase().startsWith('npm_') && key !== 'NODE_OPTIONS' && key !== 'NODE_ENV',
    ),
  );
}
