import { fileURLToPath } from 'node:url';

// Vitest 4 dropped `test.workspace`; this module only lists the projects and
// `vite.config.ts` hands them to `test.projects`.
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const projects = [
  {
    test: {
      name: 'packages',
      root: at('./packages'),
      environment: 'node',
      include: ['*/src/**/*.test.ts', '*/test/**/*.test.ts'],
    },
  },
  {
    test: {
      name: 'cli',
      root: at('./apps/cli'),
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    },
  },
  {
    test: {
      name: 'explorer',
      root: at('./apps/explorer'),
      environment: 'happy-dom',
      include: ['src/**/*.test.ts'],
    },
  },
  {
    test: {
      name: 'repo',
      root: at('.'),
      environment: 'node',
      include: ['scripts/**/*.test.ts'],
    },
  },
  {
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
