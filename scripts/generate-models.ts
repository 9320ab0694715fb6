/**
 * npm run models:generate -- --out DIR [--size tiny|minilm] [--tokenizer DIR] [--seed N]
 * Writes random-weight stand-ins for the cross-encoder and bi-encoder (see scripts/models/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateModels } from './models/generate-models';
import { REQUIRED_TOKENIZER_FILES } from './models/tokenizer-source';

const USAGE = 'usage: npm run models:generate -- --out DIR [--size tiny|minilm] [--tokenizer DIR] [--seed N]';

class UsageError extends Error {}

interface CliOptions {
  outDir: string;
  size: 'tiny' | 'minilm';
  tokenizerDir?: string;
  seed?: number;
}

function parse(argv: string[]): CliOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, size: { type: 'string' }, tokenizer: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]!.replace(/\.$/, '')} (${USAGE}).`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const out = values.out;
  if (typeof out !== 'string' || out === '') throw new UsageError(`--out DIR is required (${USAGE}).`);
  const size = values.size ?? 'tiny';
  if (size !== 'tiny' && size !== 'minilm') throw new UsageError(`--size must be tiny or minilm, not "${String(size)}".`);
  const tokenizer = values.tokenizer;
  const missing = typeof tokenizer === 'string' ? REQUIRED_TOKENIZER_FILES.find((f) => !fs.existsSync(path.join(tokenizer, f))) : undefined;
  if (missing) throw new UsageError(`--tokenizer ${String(tokenizer)} has no ${missing}; give a Hugging Face tokenizer folder.`);
  let seed: number | undefined;
  if (typeof values.seed === 'string') {
    seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed must be an integer from 0 to 4294967295, not "${values.seed}".`);
  }
  return { outDir: out, size, tokenizerDir: typeof tokenizer === 'string' ? tokenizer : undefined, seed };
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const started = performance.now();
  try {
    const dirs = await generateModels(options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Generated random-weight ${options.size} models in ${seconds} s:`);
    console.log(`  cross-encoder: ${dirs.crossEncoderDir}`);
    console.log(`  bi-encoder:    ${dirs.biEncoderDir}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

await main();
