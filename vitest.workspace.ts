import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';

// Vitest 4 dropped `test.workspace`; this module only lists the projects and
// `vite.config.ts` hands them to `test.projects`.
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Each workspace package lists `"phaseflow-source": "./src/index.ts"` first in its `exports`; everyone else gets
 * `types`/`import` (the built dist/). Vite and Vitest resolve with this condition so the repository runs from source
 * with no build step. Vite's defaults are kept (setting `conditions` replaces them); `ssr` covers Vitest's node
 * environment, `resolve` the browser-like ones. Inline projects do not inherit the root config, hence the spread.
 */
export const sourceResolution = {
  // 'production' instead of Vite's 'development|production': Lit's development build logs a "dev mode" console
  // warning on every page load, and `npm start` serves the explorer to people, not to Lit's own developers.
  resolve: {
    conditions: [
      'phaseflow-source',
      ...defaultClientConditions.filter((c) => c !== 'development|production'),
      'production',
    ],
  },
  ssr: { resolve: { conditions: ['phaseflow-source', ...defaultServerConditions] } },
};

// Property tests draw from one seed per run (scripts/fast-check-seed.ts): fixed by default so CI is reproducible,
// `FC_SEED=random npm test` to explore new cases, `FC_SEED=<n>` to replay a failure.
const setupFiles = [at('./scripts/fast-check-seed.ts')];

export const projects = [
  {
    ...sourceResolution,
    test: {
      name: 'packages',
      setupFiles,
      root: at('./packages'),
      environment: 'node',
      include: ['*/src/**/*.test.ts', '*/test/**/*.test.ts'],
    },
  },
  {
    ...sourceResolution,
    test: {
      name: 'cli',
      setupFiles,
      root: at('./apps/cli'),
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    },
  },
  {
    ...sourceResolution,
    test: {
      name: 'explorer',
      setupFiles,
      root: at('./apps/explorer'),
      environment: 'happy-dom',
      include: ['src/**/*.test.ts'],
    },
  },
  {
    ...sourceResolution,
    test: {
      name: 'repo',
      setupFiles,
      root: at('.'),
      environment: 'node',
      include: ['scripts/**/*.test.ts'],
    },
  },
  {
    ...sourceResolution,
    test: {
      name: 'browser',
      root: at('./e2e'),
      environment: 'node',
      include: ['**/*.test.ts'],
      // One Chromium and one preview server for the whole project (see e2e/global-setup.ts).
      globalSetup: [at('./e2e/global-setup.ts')],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
];
