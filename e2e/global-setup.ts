import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildAndPreview, chromiumLaunchOptions } from './serve-explorer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The base URL of the `vite preview` server serving the freshly built explorer. */
    previewUrl: string;
    /** Where `chromium.connect` reaches the one Chromium shared by every browser test file. */
    wsEndpoint: string;
  }
}

/** One build, one preview server and one Chromium for every browser test file; torn down after the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const launch = chromiumLaunchOptions();
  const served = await buildAndPreview();
  const browserServer = await chromium.launchServer(launch);
  project.provide('previewUrl', served.url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await served.close();
  };
}
