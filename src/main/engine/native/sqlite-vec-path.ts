// Owns locating sqlite-vec's loadable extension (vec0) so SQLite itself can open it.
import { getLoadablePath } from 'sqlite-vec';
import { unpackedPath } from './unpacked-path';

/** vec0's file for this OS and CPU, outside the asar archive when the app is packaged. */
export function sqliteVecExtensionPath(): string {
  return unpackedPath(getLoadablePath());
}
