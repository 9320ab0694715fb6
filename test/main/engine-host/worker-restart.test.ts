import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/engine/store/open-database';
import { tempDir } from '../../helpers/temp-dir';
import { startClient, writeContracts, type Harness } from './harness';

const here = path.dirname(fileURLToPath(import.meta.url));

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.client.close();
  harness = undefined;
});

describe('engine worker restarts', () => {
  it('restarts a killed worker: in-flight calls reject, the running job ends, the database stays intact', async () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'library.db');
    await writeContracts(path.join(dir, 'in'), 8);
    harness = startClient({ databasePath });
    const { client, waitFor } = harness;

    const { jobId } = await client.call('addPaths', [[path.join(dir, 'in')]]);
    await waitFor('ingest-file-done', (e) => e.jobId === jobId);
    // Waits for the running job before it loads models, so it is still in flight when the worker dies.
    const inFlight = client.call('updateSettings', [{ modelsDir: path.join(dir, 'no-models') }]);
    await client.terminateWorker();

    await expect(inFlight).rejects.toMatchObject({
      name: 'EngineRestartedError',
      message: 'The search engine stopped unexpectedly and was restarted; please try again.',
    });
    expect(await waitFor('engine-restarted')).toMatchObject({ reason: expect.stringMatching(/^The search engine stopped unexpectedly \(exit code \d+\)\.$/) });
    expect(await waitFor('job-done', (e) => e.jobId === jobId)).toMatchObject({ cancelled: true, error: expect.stringMatching(/stopped while this job was running/) });

    // The new worker opened the same library: every stored document is whole.
    const docs = await client.call('listDocuments', []);
    expect(docs.length).toBeGreaterThanOrEqual(1);
    expect(docs.every((d) => d.status === 'ready' && d.clauseCount > 0 && d.chunkCount > 0)).toBe(true);
    expect((await client.call('search', [{ requestId: 1, query: 'acts of God', mode: 'lexical' }])).results.length).toBeGreaterThan(0);
    await client.close();

    const db = openDatabase(databasePath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('stops restarting a worker that keeps dying and says so', async () => {
    const dir = tempDir();
    harness = startClient({ databasePath: path.join(dir, 'library.db'), worker: { file: path.join(here, 'exiting-worker.mjs'), execArgv: [] }, maxRestarts: 2 });
    const { client, events } = harness;
    let error: Error | undefined;
    for (let attempt = 0; attempt < 100 && !/keeps stopping/.test(error?.message ?? ''); attempt++) {
      error = await client.call('info', []).then(() => undefined, (e: Error) => e);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(error).toMatchObject({ name: 'EngineRestartedError', message: 'The search engine keeps stopping; quit Clause Search and open it again.' });
    expect(events.filter((e) => e.type === 'engine-restarted')).toHaveLength(2);
  });

  it('reports a damaged database file in one sentence on every call', async () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'library.db');
    fs.writeFileSync(databasePath, 'this is not a database '.repeat(200));
    harness = startClient({ databasePath });
    await expect(harness.client.call('listDocuments', [])).rejects.toMatchObject({ message: expect.stringMatching(/is damaged or is not a Clause Search database/) });
    await expect(harness.client.call('search', [{ requestId: 1, query: 'fees' }])).rejects.toMatchObject({ message: expect.stringMatching(/damaged/) });
    expect(harness.logs.some((line) => /damaged/.test(line))).toBe(true);
  });
});
