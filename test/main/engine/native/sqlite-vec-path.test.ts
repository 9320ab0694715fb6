import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sqliteVecExtensionPath } from '../../../../src/main/engine/native/sqlite-vec-path';
import { openBareDatabase } from '../../../helpers/sqlite-driver';

describe('sqliteVecExtensionPath', () => {
  it('names an existing vec0 file that SQLite itself can load', () => {
    const file = sqliteVecExtensionPath();
    expect(fs.existsSync(file)).toBe(true);
    const db = openBareDatabase();
    db.loadExtension(file);
    expect(db.prepare('select vec_version() as v').get()).toEqual({ v: expect.stringMatching(/^v\d/) });
    db.close();
  });
});
