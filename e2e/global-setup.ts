import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../scripts/ensure-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The base URL of the `vite preview` server serving the freshly built explorer. */
    previewUrl: string;
    /** Where `chromium.connect` reaches the one Chromium shared by every browser test file. */
    wsEndpoint: string;
  }
}

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/** The flags from TOOLCHAIN.md gotcha 7: without the networking ones Chromium floods a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Builds the explorer once into a private directory (so it never races a concurrent `npm run build`), serves it
 * with `vite preview` on a free port, and launches one Chromium for every browser test file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath: string | undefined = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set PHASEFLOW_CHROMIUM.');
  }
  const outDir = await mkdtemp(join(tmpdir(), 'phaseflow-e2e-'));
  // Vitest sets NODE_ENV=test, which would make Vite resolve Lit's development build (and its console warning).
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previousNodeEnv;
  }
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('vite preview did not listen on a port');
  const browserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });

  project.provide('previewUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('wsEndpoint', browserServer.wsEndpoint());

  return async () => {
    await browserServer.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
