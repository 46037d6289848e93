import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findChromium } from './ensure-chromium.mjs';

let dir: string;
let executable: string;
let plainFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ensure-chromium-'));
  executable = join(dir, 'my-chromium');
  plainFile = join(dir, 'chromium');
  await writeFile(executable, '#!/bin/sh\n');
  await chmod(executable, 0o755);
  await writeFile(plainFile, 'not a program');
  await chmod(plainFile, 0o644);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

test('findChromium(env) prefers PHASEFLOW_CHROMIUM when it is executable', () => {
  expect(findChromium({ PHASEFLOW_CHROMIUM: executable, PATH: '' })).toBe(executable);
});

test('findChromium(env) passes over a file named chromium on PATH that is not executable', () => {
  const found = findChromium({ PHASEFLOW_CHROMIUM: plainFile, PATH: dir });
  expect(found).not.toBe(plainFile);
});

test('findChromium(env) finds an executable chromium on PATH', async () => {
  const onPath = await mkdtemp(join(tmpdir(), 'ensure-chromium-path-'));
  const program = join(onPath, 'chromium');
  await writeFile(program, '#!/bin/sh\n');
  await chmod(program, 0o755);
  const found = findChromium({ PATH: onPath });
  // Debian's own paths come first when they exist; otherwise the PATH entry is the answer.
  expect([program, '/usr/lib/chromium/chromium', '/usr/bin/chromium']).toContain(found);
  await rm(onPath, { recursive: true, force: true });
});
