import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cleanEnv,
  type PackedTarball,
  packTarballs,
  type StagedPackages,
  stagePackages,
} from './stage-packages.ts';

// What a user outside the repository gets: each publishable workspace is built (in a private copy), packed with
// `npm pack`, and the tarballs are installed together into a fresh project under os.tmpdir() with `--offline`
// (third-party dependencies such as mathjs come from npm's cache). There, plain Node (no tsx, no export condition)
// and the repository's tsc with the consumer's own settings must both be satisfied.

const LIBRARIES = ['@phaseflow/ode', '@phaseflow/gradient-flow', '@phaseflow/formula'];
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

let staged: StagedPackages;
let scratch: string;
let consumer: string;
let tarballs: PackedTarball[];
let installLog: string;

beforeAll(() => {
  staged = stagePackages();
  scratch = mkdtempSync(join(tmpdir(), 'phaseflow-pack-'));
  tarballs = packTarballs(
    staged.workspaces.map((w) => w.dir),
    scratch,
  );
  consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const install = (mode: '--offline' | '--prefer-offline') =>
    execFileSync(
      'npm',
      ['install', mode, '--no-audit', '--no-fund', ...tarballs.map((t) => join(scratch, t.filename))],
      { cwd: consumer, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  try {
    installLog = install('--offline');
  } catch (error) {
    // A cache filled by `npm ci` from a lockfile with `resolved` URLs can hold the tarballs of mathjs and cac but
    // not their registry metadata, which a range install needs: then npm may ask the registry for that alone.
    console.warn(
      `npm install --offline failed, retrying with --prefer-offline:\n${(error as Error).message}`,
    );
    installLog = install('--prefer-offline');
  }
}, 120_000);

afterAll(() => {
  staged?.cleanup();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: consumer, env: cleanEnv(), encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const SCRIPT = `import assert from 'node:assert/strict';
import { compileFormula, parseFormula } from '@phaseflow/formula';
import { gradientDescent, gradientFlow } from '@phaseflow/gradient-flow';
import { euler, PhaseflowError, rk4, solve } from '@phaseflow/ode';

// The logistic equation x' = x(1 - x), x(0) = 0.1, has x(t) = 1 / (1 + 9 e^-t).
const logistic = { f: (x) => x * (1 - x), x0: 0.1, t1: 10 };
const exact = 1 / (1 + 9 * Math.exp(-10));
const coarse = solve(logistic, rk4({ h: 0.1 }));
const fine = solve(logistic, rk4({ h: 0.05 }));
assert.equal(coarse.status, 'success');
const errorCoarse = Math.abs(coarse.at(10) - exact);
const errorFine = Math.abs(fine.at(10) - exact);
assert.ok(errorCoarse < 5e-9, 'RK4 at h = 0.1: |x(10) - exact| = ' + errorCoarse);
const ratio = errorCoarse / errorFine;
assert.ok(ratio > 14 && ratio < 18, 'halving h must divide the RK4 error by about 2^4, got ' + ratio);

// The same right-hand side typed as text (mathjs, installed from npm's cache) gives the same solution.
const typed = compileFormula(parseFormula('x*(1-x)'));
assert.equal(typed(0.25), 0.1875);
const fromText = solve({ f: (x) => typed(x), x0: 0.1, t1: 10 }, rk4({ h: 0.1 }));
assert.ok(Math.abs(fromText.at(10) - coarse.at(10)) <= 1e-15, 'formula vs hand-written: ' + fromText.at(10));

// F(x) = (x - 3)^2 with learning rate 1/4 halves the distance to 3 each step: x_k = 3 - 3 / 2^k, exact in binary.
const objective = { F: (x) => (x - 3) ** 2, grad: (x) => 2 * (x - 3) };
const descent = gradientDescent(objective, 0, { learningRate: 0.25 });
assert.deepEqual(Array.from(descent.x.subarray(0, 6)), [0, 1.5, 2.25, 2.625, 2.8125, 2.90625]);
assert.equal(descent.status, 'converged');
assert.ok(Math.abs(descent.final - 3) <= 1e-8, 'final iterate ' + descent.final);

// The same iterates as Euler on the gradient flow, through the one installed @phaseflow/ode.
const flow = solve(gradientFlow(objective, { x0: 0, t1: 1.25 }), euler({ h: 0.25 }));
assert.deepEqual(Array.from(flow.x), Array.from(descent.x.subarray(0, 6)));
assert.throws(
  () => gradientDescent(objective, 0, { learningRate: -1 }),
  (error) => error instanceof PhaseflowError && error.code === 'ERR_INVALID_ARG',
);
console.log('consumer ok');
`;

// Each wrong call is written once: with a @ts-expect-error directive in the consumer that must compile (tsc
// fails on an unused directive, so a call typed as \`any\` would be caught), and bare in one that must not.
const WRONG_CALLS = [
  "solve({ f: (x: number) => x, x0: 'one', t1: 1 }, rk4({ h: 0.1 }));",
  'gradientDescent({ F: (x: number) => x * x }, 0, { learnigRate: 0.1 });',
  'parseFormula(42);',
  'const notANumber: number = solve({ f: (_x: Float64Array, _t: number, d: Float64Array) => d.fill(0), x0: [1, 2], t1: 1 }, rk4({ h: 0.1 })).at(1);',
];

const consumerSource = (
  expectErrors: boolean,
) => `import { type OptimizationResult, gradientDescent } from '@phaseflow/gradient-flow';
import { type CompiledFormula, compileFormula, parseFormula } from '@phaseflow/formula';
import { PhaseflowError, rk4, type ScalarSolution, solve, type SystemSolution } from '@phaseflow/ode';

const scalar: ScalarSolution = solve({ f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 }, rk4({ h: 0.1 }));
const system: SystemSolution = solve(
  { f: (x: Float64Array, _t: number, dxdt: Float64Array) => { dxdt[0] = x[1]!; dxdt[1] = -x[0]!; }, x0: [1, 0], t1: 1 },
  rk4({ h: 0.01 }),
);
const run: OptimizationResult<number> = gradientDescent({ F: (x: number) => x * x }, 1, { learningRate: 0.1 });
const typed: CompiledFormula = compileFormula(parseFormula('x*(1-x)'));
export const values: [number, Float64Array, number, number] = [scalar.at(1), system.at(1), run.final, typed(0.5)];
export const isPhaseflowError = (error: unknown): boolean => error instanceof PhaseflowError;
${WRONG_CALLS.map((call) => (expectErrors ? `// @ts-expect-error\n${call}` : call)).join('\n')}
`;

function typeCheck(file: string, source: string, moduleResolution: 'nodenext' | 'bundler') {
  writeFileSync(join(consumer, file), source);
  const config = `tsconfig.${file}.${moduleResolution}.json`;
  writeFileSync(
    join(consumer, config),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: moduleResolution === 'nodenext' ? 'nodenext' : 'esnext',
        moduleResolution,
        lib: ['es2023'],
        types: [],
        strict: true,
        noEmit: true,
        // The shipped declarations themselves are checked, without DOM or Node types.
        skipLibCheck: false,
      },
      files: [file],
    }),
  );
  return run(process.execPath, [tsc, '-p', config]);
}

describe('the packed tarballs', () => {
  test('npm pack produces one tarball per publishable workspace, installed offline together', () => {
    expect(tarballs.map((t) => t.name).sort()).toEqual([...LIBRARIES, '@phaseflow/cli'].sort());
    expect(installLog).toMatch(/added \d+ packages/);
    // gradient-flow depends on @phaseflow/ode by version: the installed tarball satisfies it, no second copy.
    expect(existsSync(join(consumer, 'node_modules/@phaseflow/gradient-flow/node_modules'))).toBe(false);
  });

  test('each package.json carries what a registry user reads and npm needs to publish a scoped package', () => {
    for (const t of tarballs) {
      const manifest = JSON.parse(
        readFileSync(join(consumer, 'node_modules', t.name, 'package.json'), 'utf8'),
      );
      expect(manifest.version, t.name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(manifest.description?.length, t.name).toBeGreaterThan(20);
      expect(manifest.keywords?.length, t.name).toBeGreaterThanOrEqual(5);
      expect(manifest.license, t.name).toBe('MIT');
      expect(manifest.engines?.node, t.name).toBe('>=20.19');
      expect(manifest.type, t.name).toBe('module');
      expect(manifest.publishConfig?.access, t.name).toBe('public');
      expect(manifest.dependencies?.tsx, `${t.name} must not need tsx at run time`).toBeUndefined();
      expect(
        t.files.map((f) => f.path),
        `${t.name} ships its README`,
      ).toContain('README.md');
    }
  });

  test('each tarball holds no tests, snapshots or fixtures', () => {
    const offenders = tarballs.flatMap((t) =>
      t.files
        .map((f) => f.path)
        .filter((path) => /\.test\.[cm]?[jt]s$|__snapshots__|(^|\/)(test|tests|fixtures?)\//.test(path))
        .map((path) => `${t.name}: ${path}`),
    );
    expect(offenders).toEqual([]);
  });

  test.each(LIBRARIES)('%s ships its exports and declarations', (name) => {
    const tarball = tarballs.find((t) => t.name === name)!;
    const paths = new Set(tarball.files.map((f) => f.path));
    const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8'));
    const entry = manifest.exports['.'];
    for (const target of [entry.types, entry.import, entry.default, manifest.types]) {
      expect(paths, `${name} exports ${target}`).toContain(posix.normalize(target));
    }
    expect(manifest.sideEffects).toBe(false);
    // Declarations name their siblings with .js, which every TypeScript version resolves to the .d.ts.
    const declarations = [...paths].filter((p) => p.endsWith('.d.ts'));
    const tsSpecifiers = declarations.filter((p) =>
      /from\s+['"]\.{1,2}\/[^'"]*\.ts['"]/.test(
        readFileSync(join(consumer, 'node_modules', name, p), 'utf8'),
      ),
    );
    expect(tsSpecifiers).toEqual([]);
  });

  test('every source map and declaration map points at a file inside the same tarball', () => {
    const problems: string[] = [];
    for (const tarball of tarballs) {
      const paths = new Set(tarball.files.map((f) => f.path));
      const installed = join(consumer, 'node_modules', tarball.name);
      for (const path of paths) {
        const text = readFileSync(join(installed, path), 'utf8');
        const linked = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
        if (linked && !paths.has(posix.join(posix.dirname(path), linked))) {
          problems.push(`${tarball.name}/${path} links ${linked}, not in the tarball`);
        }
        if (!path.endsWith('.map')) continue;
        const map = JSON.parse(text) as { sources: string[]; sourceRoot?: string };
        for (const source of map.sources) {
          const target = normalize(posix.join(posix.dirname(path), map.sourceRoot ?? '', source));
          if (target.startsWith('..') || !paths.has(target)) {
            problems.push(`${tarball.name}/${path} maps to ${source}, not in the tarball`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

// Each test below starts Node or tsc in the consumer; loading mathjs alone takes a few seconds on a busy machine.
describe('a consumer project outside the repository', { timeout: 60_000 }, () => {
  test('plain Node solves the logistic equation with RK4 and runs gradient descent from the built files', () => {
    writeFileSync(join(consumer, 'check.mjs'), SCRIPT);
    const { status, output } = run(process.execPath, ['check.mjs']);
    expect(output).toContain('consumer ok');
    expect(status).toBe(0);
  });

  test("require() of the ESM build works too (Node >= 20.19's require(esm), through the default condition)", () => {
    writeFileSync(
      join(consumer, 'check.cjs'),
      "const { rk4, solve } = require('@phaseflow/ode');\n" +
        'process.stdout.write(String(solve({ f: (x) => -x, x0: 1, t1: 1 }, rk4({ h: 0.125 })).at(1)));\n',
    );
    const { status, output } = run(process.execPath, ['check.cjs']);
    expect(status).toBe(0);
    expect(Math.abs(Number(output) - Math.exp(-1))).toBeLessThan(1e-5);
  });

  test.each(['nodenext', 'bundler'] as const)(
    'a TypeScript consumer type-checks against the shipped declarations (moduleResolution %s)',
    (moduleResolution) => {
      const { status, output } = typeCheck('good.ts', consumerSource(true), moduleResolution);
      expect(output).toBe('');
      expect(status).toBe(0);
    },
  );

  test('each wrong call fails to compile, on its own line', () => {
    const source = consumerSource(false);
    const { status, output } = typeCheck('bad.ts', source, 'nodenext');
    expect(status).not.toBe(0);
    const lines = source.split('\n');
    const errorLines = new Set([...output.matchAll(/bad\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1])));
    for (const call of WRONG_CALLS) {
      expect(errorLines, `expected a type error at: ${call}\n${output}`).toContain(lines.indexOf(call) + 1);
    }
    expect(output).not.toMatch(/node_modules/);
  });

  test('the installed phaseflow binary runs from dist without tsx', () => {
    expect(existsSync(join(consumer, 'node_modules/tsx'))).toBe(false);
    const bin = join(consumer, 'node_modules/.bin/phaseflow');
    const help = run(bin, ['--help']);
    expect(help.output).toMatch(/Usage:\s+\$ phaseflow/);
    expect(help.status).toBe(0);
    // The logistic equation from the terminal: formula (mathjs) → ode → JSON, all from the installed dist/ files.
    const solved = run(bin, [
      'solve',
      'x*(1-x)',
      '--x0',
      '0.1',
      '--t1',
      '10',
      '--h',
      '0.1',
      '--format',
      'json',
    ]);
    expect(solved.status, solved.output).toBe(0);
    const report = JSON.parse(solved.output) as { status: string; final: number };
    expect(report.status).toBe('success');
    expect(Math.abs(report.final - 1 / (1 + 9 * Math.exp(-10)))).toBeLessThan(5e-9);
  });
});
