// Vitest global setup: builds the CLI bundle once per test run, so the tests that run the real
// bin (test/helpers/run-cli.ts) exercise the shipped JavaScript, never a stale build.
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
