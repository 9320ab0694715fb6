/**
 * Verifying a model folder against the manifest's sha256 pins.
 *
 * Policy: a folder with a generated.json marker holds random-weight stand-ins written by
 * scripts/generate-models.ts; it is accepted without pins (its weights are meaningless by
 * design). Any other folder is a user's real model: every file the loader reads that the
 * manifest pins for that role must match, so a damaged or swapped download is refused
 * before it can produce wrong results. Files the manifest lists without a pin (the
 * cross-encoder's fp32 weights) are loaded and reported as unverified.
 * `verifyPins: false` turns this off for a model the user chose on purpose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sha256File } from './file-hash';
import { manifestFile, type ManifestModel } from './manifest';
import { ModelLoadError } from './types';

const REFETCH = 'run npm run fetch-models again (or turn pin checks off for a model you chose yourself)';

/** Checks `relPath` in `dir`; returns false when the manifest has no pin for it. */
export async function verifyPinnedFile(dir: string, relPath: string, model: ManifestModel): Promise<boolean> {
  const pin = manifestFile(model, relPath);
  if (!pin?.sha256) return false;
  const file = path.join(dir, ...relPath.split('/'));
  const { size } = await fs.promises.stat(file);
  if (pin.bytes !== null && size !== pin.bytes) {
    throw new ModelLoadError(
      'hash-mismatch',
      `${file} is ${size.toLocaleString('en')} bytes but the pinned ${model.name} file is ${pin.bytes.toLocaleString('en')} bytes: it is incomplete or a different file; ${REFETCH}.`,
    );
  }
  const actual = await sha256File(file);
  if (actual !== pin.sha256) {
    throw new ModelLoadError(
      'hash-mismatch',
      `${file} does not match the pinned ${model.name} file (sha256 ${actual.slice(0, 12)}…, expected ${pin.sha256.slice(0, 12)}…): it is damaged or a different file; ${REFETCH}.`,
    );
  }
  return true;
}
