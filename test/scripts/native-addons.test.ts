import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ABI_SPECIFIC_ADDONS, compiledAbiFromError, needsRebuild, npmInvocation, rebuildArgs } from '../../scripts/native-addons.mjs';

// Node's own wording when an addon built for another ABI is loaded (src/node_binding.cc).
const electronBuildRefusal = (abi: number) =>
  `Error: The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n` +
  `was compiled against a different Node.js version using\nNODE_MODULE_VERSION ${abi}. This version of Node.js requires\n` +
  `NODE_MODULE_VERSION 115. Please try re-compiling or re-installing\nthe module (for instance, using \`npm rebuild\` or \`npm install\`).`;

describe('npmInvocation', () => {
  it('runs npm-cli.js through Node itself on Windows, so no .cmd file is spawned', () => {
    const run = npmInvocation(['rebuild', 'better-sqlite3'], {
      platform: 'win32',
      execPath: 'C:\\Program Files\\nodejs\\node.exe',
      npmExecPath: 'C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js',
    });
    expect(run).toEqual({
      file: 'C:\\Program Files\\nodejs\\node.exe',
      args: ['C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js', 'rebuild', 'better-sqlite3'],
      shell: false,
    });
  });

  it('uses a shell for npm.cmd on Windows when not started by npm', () => {
    const run = npmInvocation(['rebuild'], { platform: 'win32', execPath: 'C:\\node\\node.exe', npmExecPath: undefined });
    expect(run).toEqual({ file: 'npm.cmd', args: ['rebuild'], shell: true });
  });

  it('runs npm directly elsewhere, and npm_execpath when npm set it', () => {
    expect(npmInvocation(['rebuild'], { platform: 'linux', execPath: '/usr/bin/node' })).toEqual({ file: 'npm', args: ['rebuild'], shell: false });
    expect(npmInvocation(['rebuild'], { platform: 'darwin', execPath: '/opt/node', npmExecPath: '/opt/lib/npm/bin/npm-cli.js' }).args).toEqual([
      '/opt/lib/npm/bin/npm-cli.js',
      'rebuild',
    ]);
  });

  it('never spawns a .cmd file without a shell (what Node refuses with EINVAL)', () => {
    for (const npmExecPath of [undefined, 'C:\\npm\\bin\\npm-cli.js', 'C:\\pnpm\\pnpm.cmd']) {
      const run = npmInvocation([], { platform: 'win32', execPath: 'C:\\node.exe', npmExecPath });
      if (run.file.toLowerCase().endsWith('.cmd')) expect(run.shell).toBe(true);
    }
  });
});

describe('which build is in place', () => {
  it('reads the ABI an addon was built for from Node refusing it', () => {
    expect(compiledAbiFromError(electronBuildRefusal(146))).toBe(146);
    expect(compiledAbiFromError('Error: Cannot find module better-sqlite3')).toBeNull();
  });

  it('rebuilds for Node only when the addon does not load in Node', () => {
    expect(needsRebuild({ loads: true }, 'node', 146)).toBe(false);
    expect(needsRebuild({ loads: false, message: electronBuildRefusal(146) }, 'node', 146)).toBe(true);
  });

  it('rebuilds for Electron unless Node refuses the addon as built for Electron’s ABI', () => {
    expect(needsRebuild({ loads: true }, 'electron', 146)).toBe(true);
    expect(needsRebuild({ loads: false, message: electronBuildRefusal(146) }, 'electron', 146)).toBe(false);
    expect(needsRebuild({ loads: false, message: electronBuildRefusal(143) }, 'electron', 146)).toBe(true);
    expect(needsRebuild({ loads: false, message: 'some other failure' }, 'electron', 146)).toBe(true);
  });

  it('does not take another load failure for an ABI mismatch', () => {
    // A file that is not an addon fails to load with a different error, which names no ABI.
    const run = spawnSync(process.execPath, ['-e', "process.dlopen({ exports: {} }, __filename)"], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(compiledAbiFromError(run.stderr)).toBeNull();
  });

  it('keeps both SQLite drivers in step and passes Electron’s target when rebuilding for it', () => {
    expect(ABI_SPECIFIC_ADDONS).toEqual(expect.arrayContaining(['better-sqlite3', 'better-sqlite3-multiple-ciphers']));
    expect(rebuildArgs(['better-sqlite3'], 'node', '42.0.0')).toEqual(['rebuild', 'better-sqlite3', '--build-from-source']);
    expect(rebuildArgs(ABI_SPECIFIC_ADDONS, 'electron', '42.11.18')).toEqual([
      'rebuild',
      ...ABI_SPECIFIC_ADDONS,
      '--build-from-source',
      '--runtime=electron',
      '--target=42.11.18',
      '--dist-url=https://electronjs.org/headers',
    ]);
  });
});
