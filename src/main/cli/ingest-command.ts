import { openLibrary } from './library-key';
import path from 'node:path';
import type { IngestFileResult } from '../../shared/api';
import { loadModelsOption } from './models-option';
import { parseCommand, positiveInt, requireDb } from './options';
import { DEFAULT_MAX_FILE_BYTES } from '../engine/ingest/file-checks/file-limits';
import { UsageError } from './usage-error';

export async function ingestCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    models: { type: 'string' },
    'max-file-mb': { type: 'string' },
  });
  const db = requireDb(values.db);
  if (positionals.length === 0) throw new UsageError('Give one or more PDF or .txt files or folders to ingest.');
  const maxFileMb = positiveInt('max-file-mb', values['max-file-mb'], DEFAULT_MAX_FILE_BYTES / (1024 * 1024));
  const engine = await openLibrary(db);
  try {
    engine.setFileLimits({ maxFileBytes: maxFileMb * 1024 * 1024 });
    await loadModelsOption(engine, values.models, err);
    const started = performance.now();
    let lastTenth = -1;
    const results = await engine.ingest(positionals, {
      onProgress: (p) =>
        err.write(
          p.phase === 'ocr'
            ? `[${p.fileIndex + 1}/${p.fileCount}] ${path.basename(p.path)}: OCR page ${p.ocrPagesDone}/${p.ocrPageCount}\n`
            : `[${p.fileIndex + 1}/${p.fileCount}] ${path.basename(p.path)}\n`,
        ),
      onEmbedProgress: ({ done, total }) => {
        const tenth = total === 0 ? 10 : Math.floor((10 * done) / total);
        if (tenth !== lastTenth) err.write(`embedding chunks: ${done}/${total}\n`);
        lastTenth = tenth;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (values.json) out.write(JSON.stringify(results, null, 2) + '\n');
    else out.write(summarise(results, seconds));
    return results.some((r) => r.outcome === 'failed') ? 1 : 0;
  } finally {
    engine.close();
  }
}

function summarise(results: readonly IngestFileResult[], seconds: number): string {
  const count = (outcome: IngestFileResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  const pages = results.reduce((sum, r) => sum + r.pages, 0);
  const clauses = results.reduce((sum, r) => sum + r.clauses, 0);
  const lines = [
    `Ingested ${count('ingested')}, replaced ${count('replaced')}, duplicates ${count('duplicate')}, failed ${count('failed')} ` +
      `of ${results.length} file(s): ${pages} pages, ${clauses} clauses in ${seconds.toFixed(1)} s.`,
  ];
  if (count('skipped') > 0) lines.push(`Skipped ${count('skipped')} link(s) that loop, are broken or lead to a file or folder already added.`);
  for (const r of results) {
    if (r.outcome === 'failed') lines.push(`  failed: ${r.path}: ${r.error}`);
    if (r.outcome === 'skipped') lines.push(`  skipped: ${r.path}: ${r.error}`);
    for (const note of r.notes ?? []) lines.push(`  note: ${r.path}: ${note}`);
    if (r.outcome === 'duplicate' && r.duplicateOf === r.path) lines.push(`  unchanged: ${r.path} is already in the library`);
    else if (r.outcome === 'duplicate') lines.push(`  duplicate: ${r.path} has the same content as ${r.duplicateOf}, already in the library`);
  }
  return lines.join('\n') + '\n';
}
