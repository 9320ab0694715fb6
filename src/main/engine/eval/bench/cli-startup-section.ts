/**
 * Section "cli-startup": what one `clause-search` command costs before it does any work, as a
 * user's shell pays it: the built CLI (out/cli, what bin/clause-search.js runs after
 * `npm run build`) against the same command compiled through tsx, and a bare `node -e 0`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../../../../scripts/build-cli.mjs';
import { ClauseEngine } from '../../engine';
import { fmtMs } from './bench-format';
import type { BenchSection } from './bench-section';
import { distribution } from './bench-stats';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../bin/clause-search.js');

function timeRuns(runs: number, args: string[], env: NodeJS.ProcessEnv): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    execFileSync(process.execPath, args, { env, stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times;
}

export const cliStartupSection: BenchSection = {
  name: 'cli-startup',
  title: 'cli-startup: one clause-search command, built vs tsx',
  async run(ctx) {
    await buildCli();
    const dbFile = path.join(ctx.workDir, 'cli-startup.db');
    ClauseEngine.open(dbFile).close(); // migrated once, so every timed run opens a ready library
    const runs = ctx.quick ? 5 : 15;
    const env = { ...process.env, CLAUSE_SEARCH_FROM_SOURCE: '0' };
    const command = [BIN, 'docs', '--db', dbFile];
    const node = distribution(timeRuns(runs, ['-e', '0'], env));
    const built = distribution(timeRuns(runs, command, env));
    const tsx = distribution(timeRuns(Math.ceil(runs / 2), command, { ...env, CLAUSE_SEARCH_FROM_SOURCE: '1' }));
    const row = (label: string, d: typeof node) => [label, String(d.n), fmtMs(d.p50), fmtMs(d.p95)];
    return {
      tables: [
        {
          header: ['process', 'n', 'p50', 'p95'],
          rows: [row('node -e 0', node), row('clause-search docs (built)', built), row('clause-search docs (tsx)', tsx)],
        },
      ],
      notes: [
        `Fixed start-up of a command = built p50 − node p50 = ${fmtMs(built.p50 - node.p50)} (through tsx: ${fmtMs(tsx.p50 - node.p50)}). "docs" on an empty library: it opens the database and prints nothing, so the time is start-up.`,
      ],
      json: { runs, node, built, tsx, fixedStartupMs: built.p50 - node.p50, fixedStartupTsxMs: tsx.p50 - node.p50 },
    };
  },
};
