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
    // Two pages: the explorer and the guided walkthrough (rollupOptions is Vite 8's deprecated alias of this).
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./apps/explorer/index.html', import.meta.url)),
        walkthrough: fileURLToPath(new URL('./apps/explorer/walkthrough.html', import.meta.url)),
      },
    },
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
