#!/usr/bin/env node
// Makes sure a Chromium exists for the real-browser tests before `npm test` runs them.
// The browser tests are never skipped: without a Chromium this exits 1 with one line saying how to get one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Returns the first executable Chromium found, or undefined. */
export function findChromium(env = process.env) {
  const candidates = [];
  if (env.PHASEFLOW_CHROMIUM) candidates.push(env.PHASEFLOW_CHROMIUM);
  candidates.push('/usr/lib/chromium/chromium', '/usr/bin/chromium');
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir) candidates.push(join(dir, 'chromium'), join(dir, 'chromium-browser'));
  }
  return candidates.find(isExecutable);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function apt(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function installWithApt() {
  process.stderr.write(
    'ensure-chromium: no Chromium found; installing Debian package `chromium` with apt-get\n',
  );
  // A fresh machine often has empty package lists, so try the install, then update and retry once.
  if (apt(['install', '-y', 'chromium'])) return true;
  return apt(['update']) && apt(['install', '-y', 'chromium']);
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  let found = findChromium();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!found && isRoot && installWithApt()) found = findChromium();
  if (!found) {
    console.error(
      'ensure-chromium: Chromium is required for the browser tests: run `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu) or set PHASEFLOW_CHROMIUM=/path/to/chromium.',
    );
    process.exit(1);
  }
  console.log(`ensure-chromium: using ${found}`);
}
