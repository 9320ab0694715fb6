import path from 'node:path';
import { ClauseEngine } from '../engine/engine';
import { syncFolders } from '../engine/library/folder-sync';
import { parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

/** `clause-search sync --db FILE FOLDER...`: one pass that brings the library in line with the folders. */
export async function syncCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, { db: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('Give one or more folders to sync.');
  const engine = ClauseEngine.open(requireDb(values.db));
  try {
    const report = await syncFolders(engine, positionals, {
      onProgress: (p) => {
        if (p.phase === 'extract') err.write(`[${p.fileIndex + 1}/${p.fileCount}] ${path.basename(p.path)}\n`);
      },
    });
    const count = (outcome: string) => report.ingested.filter((r) => r.outcome === outcome).length;
    for (const r of report.ingested) {
      if (r.outcome === 'ingested') out.write(`new: ${r.path}\n`);
      else if (r.outcome === 'replaced') out.write(`changed: ${r.path}\n`);
      else if (r.outcome === 'duplicate') out.write(`duplicate: ${r.path} (same as ${r.duplicateOf})\n`);
      else out.write(`failed: ${r.path}: ${r.error}\n`);
    }
    for (const m of report.moved) out.write(`moved: ${m.from} -> ${m.to}\n`);
    for (const m of report.missing) out.write(`missing: ${m}\n`);
    for (const m of report.returned) out.write(`back: ${m}\n`);
    out.write(
      `Synced: ${count('ingested')} new, ${count('replaced')} changed, ${report.moved.length} moved, ${report.missing.length} missing, ` +
        `${report.returned.length} back, ${report.unchanged} unchanged, ${count('failed')} failed.\n`,
    );
    return count('failed') > 0 ? 1 : 0;
  } finally {
    engine.close();
  }
}
