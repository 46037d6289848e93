import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `npm run bench`: every benchmark module in turn, each returning the lines it prints. Ratios, not absolute times,
// are the figures to read: each is measured against a baseline in the same process and the same rounds.
const MODULES = [
  'fixed-step.ts',
  'gradient-descent.ts',
  'work-precision.ts',
  'stiff.ts',
  'formula.ts',
  'plane.ts',
  'browser-frames.ts',
  'map-view.ts',
  'landscape.ts',
  'bundle-size.ts',
];
const only = process.argv.slice(2);

for (const name of MODULES) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (!existsSync(path)) continue;
  const started = performance.now();
  const module = (await import(path)) as { run: () => Promise<string[]> };
  for (const line of await module.run()) console.log(line);
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
