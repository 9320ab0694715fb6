import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../../../src/main/engine/native/unpacked-path';

describe('unpackedPath', () => {
  it('maps a Windows install path into app.asar.unpacked', () => {
    expect(unpackedPath('C:\\Program Files\\Clause Search\\resources\\app.asar\\node_modules\\sqlite-vec-windows-x64\\vec0.dll')).toBe(
      'C:\\Program Files\\Clause Search\\resources\\app.asar.unpacked\\node_modules\\sqlite-vec-windows-x64\\vec0.dll',
    );
  });

  it('maps macOS and Linux install paths', () => {
    expect(unpackedPath('/Applications/Clause Search.app/Contents/Resources/app.asar/node_modules/sqlite-vec-darwin-arm64/vec0.dylib')).toBe(
      '/Applications/Clause Search.app/Contents/Resources/app.asar.unpacked/node_modules/sqlite-vec-darwin-arm64/vec0.dylib',
    );
    expect(unpackedPath('/tmp/.mount_ClauseX/resources/app.asar/node_modules/sqlite-vec-linux-x64/vec0.so')).toBe(
      '/tmp/.mount_ClauseX/resources/app.asar.unpacked/node_modules/sqlite-vec-linux-x64/vec0.so',
    );
  });

  it('leaves paths outside an archive, already unpacked paths and look-alike names alone', () => {
    for (const file of [
      '/work/clause-search/node_modules/sqlite-vec-linux-x64/vec0.so',
      '/opt/app/resources/app.asar.unpacked/node_modules/sqlite-vec-linux-x64/vec0.so',
      'D:\\my-app.asar\\vec0.dll',
      '/home/me/app.asarx/vec0.so',
    ]) {
      expect(unpackedPath(file)).toBe(file);
    }
  });

  it('maps the archive itself and mixed separators', () => {
    expect(unpackedPath('/opt/resources/app.asar')).toBe('/opt/resources/app.asar.unpacked');
    expect(unpackedPath('C:/Users/me/AppData/Local/Programs/clause-search/resources/app.asar/node_modules/x.dll')).toBe(
      'C:/Users/me/AppData/Local/Programs/clause-search/resources/app.asar.unpacked/node_modules/x.dll',
    );
  });
});
