// The native addons whose builds differ between Node and Electron, and the pure decisions
// rebuild-native.mjs makes about them (kept apart so tests check them on any OS).
// onnxruntime-node and @napi-rs/canvas are N-API (one build serves both runtimes); these
// two are not. Either SQLite driver may be the one in use, so both are kept in step.
export const ABI_SPECIFIC_ADDONS = ['better-sqlite3', 'better-sqlite3-multiple-ciphers'];

/**
 * How to run `npm <args>`. Inside an npm script npm_execpath names npm's own JS entry, run
 * with this very Node; that needs no shell on any OS. Without it, Windows' npm is a .cmd
 * file, which Node ≥ 20.12.2 refuses to spawn without a shell (CVE-2024-27980, EINVAL).
 */
export function npmInvocation(args, { platform, execPath, npmExecPath }) {
  if (npmExecPath && /\.(c|m)?js$/i.test(npmExecPath)) {
    return { file: execPath, args: [npmExecPath, ...args], shell: false };
  }
  if (platform === 'win32') {
    // A shell is needed for npm.cmd; the arguments are ours (package names, flags), never user text.
    return { file: 'npm.cmd', args, shell: true };
  }
  return { file: 'npm', args, shell: false };
}

/** The NODE_MODULE_VERSION a build was compiled for, read from Node's refusal to load it; null if the text says nothing. */
export function compiledAbiFromError(message) {
  const match = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

/**
 * Does this addon need a rebuild for `wanted` ('node' or 'electron')? `probe` is what
 * loading it in a plain Node child process gave: { loads: true } or { loads: false, message }.
 * An Electron build does not load in Node, so Node's refusal names the ABI it was built for.
 */
export function needsRebuild(probe, wanted, electronAbi) {
  if (wanted === 'node') return !probe.loads;
  if (probe.loads) return true; // Node's build (or one for Node's ABI): Electron's differs
  return compiledAbiFromError(probe.message) !== electronAbi;
}

/** The npm arguments that rebuild these addons from source for the wanted runtime. */
export function rebuildArgs(addons, wanted, electronVersion) {
  const args = ['rebuild', ...addons, '--build-from-source'];
  if (wanted === 'electron') args.push('--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers');
  return args;
}
