import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** A page of the explorer with every console message and page error it produced. */
export interface WatchedPage {
  page: Page;
  /** `type: text` of each console error or warning and each uncaught page error, in order. */
  problems: string[];
}

let browser: Browser | undefined;

/** Connects (once per test file) to the Chromium launched by the global setup. */
export async function connectBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

/** Closes this file's connection; the shared Chromium stays up for the other files. */
export async function disconnectBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * Opens `path` (relative to the preview server) in a fresh page that records console errors, console warnings,
 * failed requests (a missing favicon among them) and uncaught exceptions.
 */
export async function openPage(path = '', viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const context = await (await connectBrowser()).newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') problems.push(`${type}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`http ${response.status()}: ${response.url()}`);
  });
  await page.goto(new URL(path, inject('previewUrl')).href, { waitUntil: 'load' });
  return { page, problems };
}
