import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { projects, sourceResolution } from './vitest.workspace.ts';

export default defineConfig({
  root: fileURLToPath(new URL('./apps/explorer', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./apps/explorer/dist', import.meta.url)),
    emptyOutDir: true,
    // plotly.js-dist-min is one 4.6 MB chunk loaded lazily after the shell paints.
    chunkSizeWarningLimit: 5000,
  },
  ...sourceResolution,
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    projects,
    reporters: [
      'default',
      ['json', { outputFile: fileURLToPath(new URL('./.vitest-results.json', import.meta.url)) }],
    ],
  },
});
