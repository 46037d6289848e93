import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { findChromium } from '../scripts/ensure-chromium.mjs';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/** Chromium flags for a closed network: without the networking ones Chromium floods it with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium's path and flags for playwright-core's `launch` or `launchServer`. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[]; headless: true } {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set PHASEFLOW_CHROMIUM.');
  }
  return { executablePath, args: CHROMIUM_ARGS, headless: true };
}

/**
 * Builds the explorer (production mode) into a private temporary directory, so it never races a concurrent
 * `npm run build`, and serves it with `vite preview` on a free port of 127.0.0.1.
 */
export async function buildAndPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'phaseflow-e2e-'));
  // Vitest sets NODE_ENV=test, which would make Vite resolve Lit's development build (and its console warning).
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
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
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
