// Owns "is this still the file that was ingested?" for original PDFs, hashed once per version.
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export interface VerifiedFile {
  path: string;
  size: number;
}

interface Verdict {
  size: number;
  mtimeMs: number;
  matches: boolean;
}

/**
 * Streams the file through sha256 (never the whole file in memory) and remembers the
 * verdict by path, expected hash, size and mtime: a second look at an unchanged file
 * costs one stat, and an edited file (new size or mtime) is hashed again.
 */
export class VerifiedFileCache {
  private readonly verdicts = new Map<string, Verdict>();
  /** How many files were hashed (for tests: proves the cache is used). */
  hashes = 0;

  async verify(file: string, sha256: string): Promise<VerifiedFile | null> {
    if (!sha256) return null;
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      return null; // moved, deleted or unreadable
    }
    if (!stat.isFile()) return null;
    const key = `${sha256}\u0000${file}`;
    const known = this.verdicts.get(key);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) return known.matches ? { path: file, size: stat.size } : null;
    const matches = (await hashFile(file).catch(() => null)) === sha256;
    this.hashes++;
    this.verdicts.set(key, { size: stat.size, mtimeMs: stat.mtimeMs, matches });
    return matches ? { path: file, size: stat.size } : null;
  }
}

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
