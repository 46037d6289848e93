import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectBrowser, disconnectBrowser } from './browser-page.ts';

// `npm start` is the newcomer's first command: the Vite dev server (not the production build the other browser
// tests use) must serve both pages with drawn plots and a clean console.
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  server = await createServer({
    configFile,
    logLevel: 'warn',
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') {
    throw new Error('the dev server did not listen on a port');
  }
  base = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  await disconnectBrowser();
  await server?.close();
});

test.each(['', 'walkthrough.html'])(
  'npm start serves /%s with a drawn plot and no console error or warning',
  async (path) => {
    const context = await (await connectBrowser()).newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`http ${response.status()}: ${response.url()}`);
    });
    await page.goto(new URL(path, base).href);
    // The dev server pre-bundles plotly on first request, so the first plot can take a while.
    await page
      .locator('.plot-container .scatterlayer .trace path.js-line')
      .first()
      .waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await context.close();
  },
);
