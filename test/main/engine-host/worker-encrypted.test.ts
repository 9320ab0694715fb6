import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../src/main/engine/engine';
import { generatedContract } from '../../fixtures/text-corpus';
import { tempDir } from '../../helpers/temp-dir';
import { startClient, type Harness } from './harness';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.client.close();
  harness = undefined;
});

describe('engine worker on an encrypted library', () => {
  it('opens the library with the key the main process hands it', async () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'library.db');
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, generatedContract(5));
    const engine = ClauseEngine.open(databasePath, { key: 'os-kept key' });
    await engine.ingest([file]);
    engine.close();

    harness = startClient({ databasePath, key: 'os-kept key' });
    const documents = await harness.client.call('listDocuments', []);
    expect(documents.map((d) => d.path)).toEqual([file]);
    const response = await harness.client.call('search', [{ query: 'force majeure', mode: 'lexical', requestId: 1 }]);
    expect(response.results.length).toBeGreaterThan(0);
  });
});
