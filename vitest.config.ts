import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native modules (better-sqlite3) are safest in forked processes.
    pool: 'forks',
    // Builds out/cli/ (bin/clause-search.js runs it) before any test spawns the CLI.
    globalSetup: ['test/helpers/build-cli-setup.ts'],
    // The JSON report lets .ci/run print the closing "N passed, N failed" line.
    // The packaging smoke test (.ci/run's own step) reports to its own file.
    reporters: [
      'default',
      ['json', { outputFile: process.env.CLAUSE_SEARCH_PACKAGE_SMOKE === '1' ? 'test-results/package-smoke.json' : 'test-results/vitest.json' }],
    ],
  },
});
