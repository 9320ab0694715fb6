/**
 * Prints the segmentation report and optionally writes it as JSON.
 *   tsx src/main/engine/eval/segmentation/run-segmentation.ts [--out FILE] [--shared DIR] [--failures N]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFailures } from './describe-failures';
import { evaluateSegmentation } from './evaluate-segmentation';
import { formatSegmentationReport } from './format-report';
import { defaultSharedDir } from './shared-dir';

interface Args {
  out: string | null;
  sharedDir: string;
  failures: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { out: null, sharedDir: defaultSharedDir(), failures: 0 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--out':
        args.out = required('--out', value);
        i++;
        break;
      case '--shared':
        args.sharedDir = path.resolve(required('--shared', value));
        i++;
        break;
      case '--failures':
        args.failures = Number(required('--failures', value));
        i++;
        break;
      default:
        throw new Error(`Unknown option ${argv[i]}; use --out FILE, --shared DIR or --failures N.`);
    }
  }
  return args;
}

function required(flag: string, value: string | undefined): string {
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value.`);
  return value;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const report = await evaluateSegmentation({ sharedDir: args.sharedDir, failureSample: args.failures });
  if (args.failures > 0) console.log(describeFailures(args.sharedDir, report.failures), '\n');
  console.log(formatSegmentationReport(report));
  if (args.out) {
    await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await writeFile(args.out, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwrote ${args.out}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(err instanceof Error && err.message.includes('option') ? 2 : 1);
});
