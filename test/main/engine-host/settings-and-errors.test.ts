import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelStatus } from '../../../src/shared/api';
import { searchOptionsFor, usableMode } from '../../../src/main/engine-host/search-request';
import { defaultAppSettings, readSettingsFile, writeSettingsFile } from '../../../src/main/engine-host/settings-file';
import { settingsPathFor, SETTINGS_LIMITS } from '../../../src/main/engine-host/settings-limits';
import { MAX_TOP_K } from '../../../src/main/engine/engine';
import { fromWireError, toWireError } from '../../../src/main/engine-host/wire-error';
import { tempDir } from '../../helpers/temp-dir';

const status = (semantic: boolean, rerank: boolean): ModelStatus => ({ semantic, rerank, device: null, problems: [], notes: [] });

describe('settings file', () => {
  it('lives beside the database and round-trips', () => {
    const dir = tempDir();
    const file = settingsPathFor(path.join(dir, 'library.db'));
    expect(file).toBe(path.join(dir, 'settings.json'));
    expect(readSettingsFile(file, '/models')).toEqual(defaultAppSettings('/models'));
    const settings = { topK: 5, topN: 50, rrfK: 30, lexicalWeight: 2, semanticWeight: 0.5, modelsDir: null };
    writeSettingsFile(file, settings);
    expect(readSettingsFile(file, '/models')).toEqual(settings);
  });

  it("allows top_k and top_n up to the engine's own cap", () => {
    expect(SETTINGS_LIMITS.topK.max).toBe(MAX_TOP_K);
    expect(SETTINGS_LIMITS.topN.max).toBe(MAX_TOP_K);
  });

  it('falls back field by field when the file is damaged or hand-edited out of range', () => {
    const file = path.join(tempDir(), 'settings.json');
    fs.writeFileSync(file, JSON.stringify({ topK: 0, topN: 2.5, rrfK: 'x', lexicalWeight: 3, semanticWeight: -1, modelsDir: 'relative/dir' }));
    expect(readSettingsFile(file, null)).toEqual({ ...defaultAppSettings(null), lexicalWeight: 3 });
    fs.writeFileSync(file, '{ not json');
    expect(readSettingsFile(file, '/m')).toEqual(defaultAppSettings('/m'));
  });
});

describe('search requests', () => {
  it('steps the mode down to what the models allow', () => {
    expect(usableMode(undefined, status(true, true))).toBe('full');
    expect(usableMode('full', status(true, false))).toBe('hybrid');
    expect(usableMode('hybrid', status(false, false))).toBe('lexical');
    expect(usableMode('lexical', status(true, true))).toBe('lexical');
  });

  it('takes top_k and top_n from the request, the rest from the settings', () => {
    const settings = { ...defaultAppSettings(null), topK: 7, rrfK: 20, semanticWeight: 2 };
    expect(searchOptionsFor({ query: 'q', topN: 30, documentIds: [3] }, settings, status(true, true))).toEqual({
      mode: 'full', topK: 7, topN: 30, rrfK: 20, lexicalWeight: 1, semanticWeight: 2, documentIds: [3],
    });
  });
});

describe('wire errors', () => {
  it('recognises SQLite corruption and says what to do in one sentence', () => {
    for (const code of ['SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_NOTADB']) {
      const error = Object.assign(new Error('database disk image is malformed'), { code });
      expect(toWireError(error, '/lib/library.db')).toEqual({
        name: 'DatabaseCorruptError',
        message: 'The library database (/lib/library.db) is damaged; quit Clause Search, move that file aside and add your contracts again.',
      });
    }
  });

  it('keeps names, turns aborts into AbortError, and rebuilds a throwable Error', () => {
    const notFound = Object.assign(new Error('There is no clause with id 4.'), { name: 'NotFoundError' });
    expect(toWireError(notFound, 'x')).toEqual({ name: 'NotFoundError', message: 'There is no clause with id 4.' });
    expect(toWireError(new DOMException('stop', 'AbortError'), 'x')).toEqual({ name: 'AbortError', message: 'This request was cancelled because a newer one replaced it.' });
    expect(toWireError('odd', 'x')).toEqual({ name: 'Error', message: 'odd' });
    const rebuilt = fromWireError({ name: 'QueryError', message: 'Type a question.' });
    expect(rebuilt).toBeInstanceOf(Error);
    expect([rebuilt.name, rebuilt.message]).toEqual(['QueryError', 'Type a question.']);
  });
});
