import fs from 'node:fs/promises';
import path from 'node:path';
import type { IngestFileResult } from '../../../../shared/api';
import { nonRegularKind } from './file-kind';

/**
 * Expands the user's paths into the files to ingest, and says what it could not take.
 * Folders are walked recursively (hidden entries skipped, sorted for a stable order).
 * Symbolic links are followed once: every folder and file is taken by its real path, so
 * a link back into a folder being walked (a loop) or a second link to a file already
 * taken is skipped with a reason, and a broken link is reported. An unreadable folder is
 * reported and the rest of the import goes on. A path given that does not exist is kept,
 * so the ingest reports it rather than silently drops it.
 */
export interface CollectedInputs {
  files: string[];
  /** Results for what was found but not taken: unreadable folders, loops, pipes, broken links. */
  problems: IngestFileResult[];
}

export async function collectInputs(inputs: readonly string[], isSupported: (file: string) => boolean): Promise<CollectedInputs> {
  const walker = new Walker(isSupported);
  for (const input of inputs) await walker.input(path.resolve(input));
  return { files: walker.files, problems: walker.problems };
}

class Walker {
  readonly files: string[] = [];
  readonly problems: IngestFileResult[] = [];
  private readonly seenFiles = new Set<string>();
  private readonly seenFolders = new Set<string>();

  constructor(private readonly isSupported: (file: string) => boolean) {}

  async input(resolved: string): Promise<void> {
    const stats = await fs.stat(resolved).catch(() => null);
    if (stats?.isDirectory()) return this.folder(resolved);
    // Files given by name go to the ingest, which reports a missing, unsupported or special file itself.
    const real = await fs.realpath(resolved).catch(() => resolved);
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.files.push(resolved);
  }

  private async folder(dir: string): Promise<void> {
    const real = await fs.realpath(dir).catch(() => dir);
    if (this.seenFolders.has(real)) return;
    this.seenFolders.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
      this.problem(dir, 'failed', 'unreadable', `This folder cannot be read (${why}); the files in it were not added.`);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) await this.link(full);
      else if (entry.isDirectory()) await this.folder(full);
      else if (this.isSupported(entry.name)) await this.file(full, entry.isFile());
    }
  }

  private async link(full: string): Promise<void> {
    const stats = await fs.stat(full).catch((error: NodeJS.ErrnoException) => error);
    if (stats instanceof Error) {
      if (!this.isSupported(full)) return;
      const why = stats.code === 'ELOOP' ? 'it leads back to itself (a loop)' : 'what it points to does not exist';
      this.problem(full, 'skipped', 'broken-link', `This link was skipped: ${why}.`);
      return;
    }
    if (stats.isDirectory()) {
      const real = await fs.realpath(full).catch(() => full);
      if (this.seenFolders.has(real) || isInside(real, [...this.seenFolders])) {
        this.problem(full, 'skipped', 'link-loop', `This link was skipped: it leads to a folder already being added (${real}).`);
        return;
      }
      return this.folder(full);
    }
    if (!this.isSupported(full)) return;
    const real = await fs.realpath(full).catch(() => full);
    if (this.seenFiles.has(real)) {
      this.problem(full, 'skipped', 'link-duplicate', `This link was skipped: it leads to a file already being added (${real}).`);
      return;
    }
    await this.file(full, stats.isFile());
  }

  private async file(full: string, regular: boolean): Promise<void> {
    if (!regular) {
      const stats = await fs.stat(full).catch(() => null);
      const kind = stats ? nonRegularKind(stats) : null;
      if (kind !== null) {
        this.problem(full, 'failed', 'not-a-regular-file', `This is ${kind === 'not a regular file' ? 'not a regular file' : `${kind}, not a document file`}; it was not read.`);
        return;
      }
    }
    const real = await fs.realpath(full).catch(() => full);
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.files.push(full);
  }

  private problem(file: string, outcome: 'failed' | 'skipped', errorCode: string, error: string): void {
    this.problems.push({ path: file, outcome, documentId: null, pages: 0, clauses: 0, error, errorCode, duplicateOf: null });
  }
}

/** A folder already walked, inside one, or holding one: following it would walk something twice. */
function isInside(real: string, folders: readonly string[]): boolean {
  return folders.some((folder) => real === folder || real.startsWith(folder + path.sep) || folder.startsWith(real + path.sep));
}
