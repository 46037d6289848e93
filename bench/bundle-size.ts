import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { stagePackages } from '../scripts/stage-packages.ts';

// What a bundler app pays to import phaseflow: each entry below is bundled by Vite (Rolldown), tree-shaken and
// minified, exactly as a consumer's production build would, from the built packages (not from source: the entries
// are resolved without the `phaseflow-source` condition). Sizes are bytes of the minified output and of its gzip
// (level 9). odex and numeric are the comparison: they are CommonJS, so their whole module is the price.
const ENTRIES: { label: string; source: string }[] = [
  { label: '@phaseflow/ode { solve, rk4 }', source: "export { rk4, solve } from '@phaseflow/ode';" },
  { label: '@phaseflow/ode (every export)', source: "export * from '@phaseflow/ode';" },
  {
    label: '@phaseflow/gradient-flow { gradientDescent }',
    source: "export { gradientDescent } from '@phaseflow/gradient-flow';",
  },
  { label: '@phaseflow/gradient-flow (every export)', source: "export * from '@phaseflow/gradient-flow';" },
  { label: 'odex (main)', source: "import odex from 'odex';\nexport default odex;" },
  { label: 'numeric (main)', source: "import numeric from 'numeric';\nexport default numeric;" },
];

/** Bundles `source` as a library entry and returns the minified output's size and gzip size in bytes. */
async function bundleSize(
  root: string,
  name: string,
  source: string,
): Promise<{ min: number; gzip: number }> {
  const entry = join(root, 'bundle-entries', `${name}.js`);
  writeFileSync(entry, source);
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      lib: { entry, formats: ['es'], fileName: name },
      minify: true,
      write: false,
      emptyOutDir: false,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const code = outputs
    .flatMap((o) => o.output)
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('');
  const bytes = Buffer.from(code, 'utf8');
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export async function run(): Promise<string[]> {
  const staged = stagePackages();
  try {
    mkdirSync(join(staged.root, 'bundle-entries'));
    const rows: { label: string; min: number; gzip: number }[] = [];
    for (const [index, { label, source }] of ENTRIES.entries()) {
      rows.push({ label, ...(await bundleSize(staged.root, `entry-${index}`, source)) });
    }
    const width = Math.max(...rows.map((r) => r.label.length));
    const ratio = (label: string, base: string) => {
      const a = rows.find((r) => r.label === label)!;
      const b = rows.find((r) => r.label === base)!;
      return (a.gzip / b.gzip).toFixed(2);
    };
    return [
      'Bundle size (Vite 8 library build, tree-shaken, minified; bytes)',
      `${'entry'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(7)}`,
      ...rows.map(
        (r) => `${r.label.padEnd(width)}  ${String(r.min).padStart(9)}  ${String(r.gzip).padStart(7)}`,
      ),
      `gzip ratios: ode { solve, rk4 } / odex = ${ratio('@phaseflow/ode { solve, rk4 }', 'odex (main)')}, ` +
        `/ numeric = ${ratio('@phaseflow/ode { solve, rk4 }', 'numeric (main)')}; ` +
        `gradient-flow { gradientDescent } / odex = ${ratio('@phaseflow/gradient-flow { gradientDescent }', 'odex (main)')}`,
    ];
  } finally {
    staged.cleanup();
  }
}
