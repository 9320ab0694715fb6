/**
 * npm run fetch-models -- [--out DIR] [--only int8|fp32] [--manifest FILE]
 *
 * Downloads the default models named in resources/models/manifest.json into
 * DIR/bi-encoder and DIR/cross-encoder (the layout the app loads) and checks every pinned
 * sha256. For a machine with internet; the app, the tests and CI never run it, and it is
 * the only code in the project that touches the network. DIR defaults to
 * $CLAUSE_SEARCH_MODELS or ./models. Files already present with the right hash are kept.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import { DEFAULT_MANIFEST, MODEL_ROLES, readManifest, type ManifestFile, type ModelManifest } from '../src/main/engine/models/manifest';

const USAGE = 'usage: npm run fetch-models -- [--out DIR] [--only int8|fp32] [--manifest FILE]';

interface Options {
  out: string;
  only?: 'int8' | 'fp32';
  manifest: ModelManifest;
}

function parse(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, only: { type: 'string' }, manifest: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.only !== undefined && values.only !== 'int8' && values.only !== 'fp32') {
    throw new Error(`--only must be int8 or fp32, not "${values.only}"`);
  }
  return {
    out: path.resolve(values.out ?? process.env.CLAUSE_SEARCH_MODELS ?? 'models'),
    only: values.only,
    manifest: values.manifest ? readManifest(values.manifest) : DEFAULT_MANIFEST,
  };
}

/** sha256 and size of a file on disk. */
async function describe(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Streams `url` into `dest` through a .part file, so an interrupted download never looks complete. */
async function download(url: string, dest: string): Promise<void> {
  const response = await fetch(url, { redirect: 'follow' });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText} for ${url}`);
  const total = Number(response.headers.get('content-length') ?? 0);
  const part = `${dest}.part`;
  await fs.promises.mkdir(path.dirname(dest), { recursive: true });
  const out = fs.createWriteStream(part);
  let received = 0;
  let shown = 0;
  for await (const chunk of Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)) {
    received += (chunk as Buffer).length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    if (total > 0 && received - shown > 8 * 2 ** 20) {
      shown = received;
      process.stderr.write(`\r  ${(received / 2 ** 20).toFixed(0)} / ${(total / 2 ** 20).toFixed(0)} MB`);
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  if (shown > 0) process.stderr.write('\n');
  await fs.promises.rename(part, dest);
}

/** Whether `dest` holds the pinned file; an unpinned file that exists is kept as it is. */
async function alreadyThere(dest: string, pin: ManifestFile): Promise<boolean> {
  if (!fs.existsSync(dest)) return false;
  if (!pin.sha256) return true;
  return (await describe(dest)).sha256 === pin.sha256;
}

/** Downloads one file if needed and checks it; returns a problem sentence or null. */
async function fetchFile(dest: string, pin: ManifestFile): Promise<string | null> {
  if (await alreadyThere(dest, pin)) {
    console.log(`ok    ${dest} (already there)`);
    return null;
  }
  console.log(`get   ${pin.url}`);
  await download(pin.url, dest);
  const got = await describe(dest);
  const wrongSize = pin.bytes !== null && got.bytes !== pin.bytes;
  if (wrongSize || (pin.sha256 !== null && got.sha256 !== pin.sha256)) {
    await fs.promises.rename(dest, `${dest}.rejected`);
    return `${dest}: got ${got.bytes} bytes with sha256 ${got.sha256}, expected ${pin.bytes ?? '?'} bytes with sha256 ${pin.sha256 ?? '?'}; kept as ${path.basename(dest)}.rejected for inspection.`;
  }
  const status = pin.sha256 ? 'ok   ' : 'UNPINNED';
  console.log(`${status} ${dest} (${got.bytes} bytes, sha256 ${got.sha256})`);
  return null;
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message} (${USAGE}).`);
    process.exit(2);
  }
  const problems: string[] = [];
  for (const role of MODEL_ROLES) {
    const model = options.manifest.models[role];
    console.log(`${role}: ${model.repo} @ ${model.revision} → ${path.join(options.out, role)}`);
    for (const pin of model.files) {
      if (options.only && pin.variant && pin.variant !== options.only) continue;
      const dest = path.join(options.out, role, ...pin.path.split('/'));
      try {
        const problem = await fetchFile(dest, pin);
        if (problem) problems.push(problem);
      } catch (error) {
        const cause = (error as Error).cause instanceof Error ? ` (${((error as Error).cause as Error).message})` : '';
        problems.push(`${dest}: ${(error as Error).message}${cause}`);
      }
    }
  }
  if (problems.length > 0) {
    for (const line of problems) console.error(line);
    console.error(`${problems.length} file(s) failed; the app will refuse a folder whose pinned files do not match.`);
    process.exit(1);
  }
  console.log(`Models are in ${options.out}; choose this folder in Settings, or pass --models ${options.out} to the command line.`);
}

await main();
