#!/usr/bin/env node
// better-sqlite3 (and its encrypting twin) are native addons: Node and Electron need
// different builds. `npm start` rebuilds them for Electron's ABI (this needs Electron's
// headers, so a machine with internet the first time); `npm test` and `npm run package`
// switch back to Node's. Which build is in place is found by loading each addon in a
// plain Node child process, not from a marker file (node-gyp's clean deletes build/).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ABI_SPECIFIC_ADDONS, needsRebuild, npmInvocation, rebuildArgs } from './native-addons.mjs';

const require = createRequire(import.meta.url);
const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('Usage: rebuild-native.mjs node|electron');
  process.exit(2);
}

function resolveFrom(name) {
  try {
    return require.resolve(`${name}/package.json`);
  } catch {
    return null; // not installed: nothing to keep in step
  }
}

/** Opens an in-memory database with the addon in a fresh Node process. */
function probe(name) {
  const entry = path.dirname(resolveFrom(name));
  const code = `const D = require(${JSON.stringify(entry)}); new D(':memory:').close();`;
  const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  return run.status === 0 ? { loads: true } : { loads: false, message: `${run.stderr}\n${run.error?.message ?? ''}` };
}

const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = require('electron/package.json').version;
const electronAbi = Number(fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim());

const stale = ABI_SPECIFIC_ADDONS.filter((name) => resolveFrom(name) && needsRebuild(probe(name), target, electronAbi));
if (stale.length === 0) process.exit(0);

const wanted = target === 'node' ? `Node ${process.version}` : `Electron ${electronVersion}`;
console.error(`Rebuilding ${stale.join(' and ')} for ${wanted}…`);
const npm = npmInvocation(rebuildArgs(stale, target, electronVersion), {
  platform: process.platform,
  execPath: process.execPath,
  npmExecPath: process.env.npm_execpath,
});
execFileSync(npm.file, npm.args, { stdio: 'inherit', shell: npm.shell });
if (target === 'node') {
  const still = stale.filter((name) => !probe(name).loads);
  if (still.length > 0) {
    console.error(`${still.join(' and ')} still does not load in Node ${process.version} after the rebuild; run \`npm ci\` again.`);
    process.exit(1);
  }
}
