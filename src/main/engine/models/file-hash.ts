/** Streamed sha256 of a file, remembered per (path, size, mtime) so a reload does not re-read 90 MB. */
import crypto from 'node:crypto';
import fs from 'node:fs';

const known = new Map<string, { size: number; mtimeMs: number; sha256: string }>();

export async function sha256File(file: string): Promise<string> {
  const { size, mtimeMs } = await fs.promises.stat(file);
  const hit = known.get(file);
  if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.sha256;
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  known.set(file, { size, mtimeMs, sha256 });
  return sha256;
}
