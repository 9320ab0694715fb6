#!/usr/bin/env node
// Runs the CLI as built by `npm run build` (out/cli/clause-search.mjs, bundled JavaScript, no
// TypeScript compile per command). Without a build, or with CLAUSE_SEARCH_FROM_SOURCE=1, it
// runs the TypeScript sources through tsx instead (development).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/clause-search.mjs', import.meta.url));
let main;
if (process.env.CLAUSE_SEARCH_FROM_SOURCE !== '1' && existsSync(built)) {
  ({ main } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
