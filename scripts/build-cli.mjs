// Bundles the CLI (src/main/cli.ts and everything it imports from src/) into one ES module,
// out/cli/clause-search.mjs (plus one chunk per command), which bin/clause-search.js runs: no TypeScript compile at each
// command. Packages stay external (native addons, ONNX runtime, pdf.js load from node_modules).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'out', 'cli', 'clause-search.mjs');

export async function buildCli() {
  rmSync(path.dirname(CLI_BUNDLE), { recursive: true, force: true });
  await build({
    entryPoints: [path.join(root, 'src', 'main', 'cli.ts')],
    outdir: path.dirname(CLI_BUNDLE),
    entryNames: 'clause-search',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // Split at the CLI's per-command dynamic imports, so a command loads only its own packages.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return CLI_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`Built ${path.relative(root, CLI_BUNDLE)}`);
}
