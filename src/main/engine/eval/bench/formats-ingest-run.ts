/**
 * Runs the formats-ingest bench section alone (it is also part of `npm run bench`):
 *   npx tsx src/main/engine/eval/bench/formats-ingest-run.ts [--quick] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../data-paths';
import { createBenchContext } from './bench-context';
import { formatsIngestSection } from './formats-ingest-section';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, out: { type: 'string' } } });
const { ctx, dispose } = createBenchContext({
  dataDir: defaultDataDir(),
  runs: 1,
  quick: values.quick ?? false,
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
try {
  const output = await formatsIngestSection.run(ctx);
  for (const table of output.tables) {
    const lines = [table.header, ...table.rows];
    const widths = table.header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
    for (const l of lines) process.stdout.write(`${l.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
  }
  for (const note of output.notes) process.stdout.write(`- ${note}\n`);
  if (values.out) writeFileSync(values.out, JSON.stringify(output.json, null, 2));
} finally {
  await dispose();
}
