#!/usr/bin/env node
// better-sqlite3 is a native addon: Node and Electron need different builds of it.
// `npm start` rebuilds it for Electron's ABI (this needs the Electron headers, so a
// machine with internet the first time); `npm test` switches back to Node's when needed.
// A marker file records which runtime the current build is for.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('Usage: rebuild-native.mjs node|electron');
  process.exit(2);
}
const addonDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const marker = path.join(addonDir, 'build', '.clause-search-runtime');
const current = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : 'node';
const wanted = target === 'node' ? `node-${process.versions.modules}` : `electron-${require('electron/package.json').version}`;
if (current === wanted || (target === 'node' && current === 'node')) process.exit(0);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = ['rebuild', 'better-sqlite3', '--build-from-source'];
if (target === 'electron') {
  const version = require('electron/package.json').version;
  args.push('--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers');
}
console.error(`Rebuilding better-sqlite3 for ${wanted}…`);
execFileSync(npm, args, { stdio: 'inherit' });
fs.writeFileSync(marker, wanted + '\n');
