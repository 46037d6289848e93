// Writes the stepping kernels of @phaseflow/ode from the tableau data: one file per method under
// packages/ode/src/engine/kernels/, each stage sequence written out with the tableau's coefficients as literals
// (a loop reading them from arrays ran 1.3–4.3× slower when measured). The tableaus stay the single source of
// truth: scripts/generate-kernels.test.ts fails when a checked-in kernel differs from a fresh generation.
//
//   npx tsx scripts/generate-kernels.ts           write the kernels
//   npx tsx scripts/generate-kernels.ts --check   exit 1 when a checked-in kernel is stale
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOP853_TABLEAU } from '../packages/ode/src/tableaus/dop853.ts';
import { DOPRI5_TABLEAU } from '../packages/ode/src/tableaus/dopri5.ts';
import type { EmbeddedTableau } from '../packages/ode/src/tableaus/embedded-tableau.ts';
import { EULER_TABLEAU } from '../packages/ode/src/tableaus/euler.ts';
import { HEUN_TABLEAU } from '../packages/ode/src/tableaus/heun.ts';
import { MIDPOINT_TABLEAU } from '../packages/ode/src/tableaus/midpoint.ts';
import { RK4_TABLEAU } from '../packages/ode/src/tableaus/rk4.ts';
import type { ButcherTableau } from '../packages/ode/src/tableaus/tableau.ts';
import { adaptiveKernelSource } from './kernel-templates/adaptive-template.ts';
import { fixedStepKernelSource } from './kernel-templates/fixed-step-template.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'packages/ode/src/engine/kernels';

const FIXED: [string, ButcherTableau, string][] = [
  ['euler', EULER_TABLEAU, 'euler.ts'],
  ['heun', HEUN_TABLEAU, 'heun.ts'],
  ['midpoint', MIDPOINT_TABLEAU, 'midpoint.ts'],
  ['rk4', RK4_TABLEAU, 'rk4.ts'],
];
const ADAPTIVE: [string, EmbeddedTableau, string][] = [
  ['dopri5', DOPRI5_TABLEAU, 'dopri5.ts'],
  ['dop853', DOP853_TABLEAU, 'dop853.ts'],
];

/** Every generated file: its path from the repository root and its text, formatted as Biome formats the rest. */
export function generateKernels(): { path: string; text: string }[] {
  const files = [
    ...FIXED.map(([name, tableau, file]) => ({
      path: `${OUT}/${name}-kernel.ts`,
      text: fixedStepKernelSource(name, tableau, file),
    })),
    ...ADAPTIVE.map(([name, tableau, file]) => ({
      path: `${OUT}/${name}-kernel.ts`,
      text: adaptiveKernelSource(name, tableau, file),
    })),
  ];
  return files.map(({ path, text }) => ({ path, text: format(path, text) }));
}

function format(path: string, text: string): string {
  const biome = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url));
  const run = spawnSync(biome, ['format', `--stdin-file-path=${path}`], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`biome format failed for ${path}: ${run.stderr}`);
  return run.stdout;
}

/** The generated files whose checked-in text differs from a fresh generation. */
export function staleKernels(): string[] {
  return generateKernels()
    .filter(({ path, text }) => {
      try {
        return readFileSync(`${root}/${path}`, 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(({ path }) => path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleKernels();
    for (const path of stale) console.error(`stale: ${path} (run npx tsx scripts/generate-kernels.ts)`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  for (const { path, text } of generateKernels()) writeFileSync(`${root}/${path}`, text);
}
