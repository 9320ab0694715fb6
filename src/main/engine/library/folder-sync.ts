/**
 * One pass that brings the library in line with folders on disk: new and changed files
 * are ingested, files that have gone are marked missing (their clauses leave the search;
 * the document and its review state stay until the user removes it), a file that moved
 * or was renamed keeps its document (same bytes = same document), and a missing file
 * that comes back is searchable again. Files already in the library with the same bytes
 * are not read again, so an interrupted sync resumes where it stopped.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentSummary, IngestFileResult, IngestProgress } from '../../../shared/api';
import { collectFiles } from '../ingest/collect-files';
import { FolderStore } from '../store/folder-store';

export interface SyncEngine {
  db: import('better-sqlite3').Database;
  listDocuments(): DocumentSummary[];
  ingest(paths: readonly string[], options?: { signal?: AbortSignal; onProgress?: (p: IngestProgress) => void }): Promise<IngestFileResult[]>;
}

export interface SyncReport {
  ingested: IngestFileResult[];
  unchanged: number;
  moved: Array<{ from: string; to: string }>;
  missing: string[];
  returned: string[];
}

export interface SyncOptions {
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
}

function isInside(file: string, folders: readonly string[]): boolean {
  return folders.some((folder) => file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep));
}

async function sha256Of(file: string): Promise<string | null> {
  try {
    return createHash('sha256').update(await fs.readFile(file)).digest('hex');
  } catch {
    return null; // vanished or unreadable: the ingest reports it
  }
}

export async function syncFolders(engine: SyncEngine, inputFolders: readonly string[], options: SyncOptions = {}): Promise<SyncReport> {
  const folders = inputFolders.map((f) => path.resolve(f));
  const store = new FolderStore(engine.db);
  const onDisk = await collectFiles(folders);
  const diskSet = new Set(onDisk);
  const missingIds = store.missingIds();
  const stored = engine.listDocuments().filter((d) => isInside(d.path, folders));
  const byPath = new Map(stored.map((d) => [d.path, d]));
  // Ready documents whose file is gone: candidates for a move before being called missing.
  const gone = stored.filter((d) => !diskSet.has(d.path) && d.status === 'ready');
  const goneBySha = new Map<string, DocumentSummary>();
  for (const d of gone) goneBySha.set(d.sha256, d);

  const report: SyncReport = { ingested: [], unchanged: 0, moved: [], missing: [], returned: [] };
  const toIngest: string[] = [];
  for (const file of onDisk) {
    options.signal?.throwIfAborted();
    const known = byPath.get(file);
    const sha = await sha256Of(file);
    if (known && sha !== null && known.sha256 === sha && known.status === 'ready') {
      if (missingIds.has(known.id)) {
        store.markPresent(known.id);
        report.returned.push(file);
      } else report.unchanged++;
      continue;
    }
    const movedFrom = !known && sha !== null ? goneBySha.get(sha) : undefined;
    if (movedFrom) {
      store.movePath(movedFrom.id, file);
      store.markPresent(movedFrom.id);
      goneBySha.delete(sha!);
      report.moved.push({ from: movedFrom.path, to: file });
      continue;
    }
    toIngest.push(file);
  }
  for (const d of goneBySha.values()) {
    if (!missingIds.has(d.id)) {
      store.markMissing(d.id);
      report.missing.push(d.path);
    }
  }
  if (toIngest.length > 0) report.ingested = await engine.ingest(toIngest, options);
  return report;
}
