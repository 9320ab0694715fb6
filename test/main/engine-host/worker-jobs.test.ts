import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { jobEvents, startClient, writeContracts, type Harness } from './harness';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.client.close();
  harness = undefined;
});

describe('engine worker jobs', () => {
  it('runs jobs one at a time and cancels the running one and a waiting one', async () => {
    const dir = tempDir();
    await writeContracts(path.join(dir, 'many'), 8);
    const [single] = await writeContracts(path.join(dir, 'one'), 1);
    harness = startClient({ databasePath: path.join(dir, 'library.db') });
    const { client, events, waitFor } = harness;

    const first = await client.call('addPaths', [[path.join(dir, 'many')]]);
    const second = await client.call('addPaths', [[single!]]);
    expect(first.jobId).not.toBe(second.jobId);
    await waitFor('ingest-file-done', (e) => e.jobId === first.jobId);
    await client.call('cancelJob', [second.jobId]);
    await client.call('cancelJob', [first.jobId]);

    expect(await waitFor('job-done', (e) => e.jobId === first.jobId)).toMatchObject({ cancelled: true, error: null });
    expect(await waitFor('job-done', (e) => e.jobId === second.jobId)).toMatchObject({ cancelled: true, error: null });
    const stored = jobEvents(events, first.jobId).filter((e) => e.type === 'ingest-file-done');
    expect(stored.length).toBeGreaterThanOrEqual(1);
    expect(stored.length).toBeLessThan(8);
    // The waiting job never started: its only event is its job-done.
    expect(jobEvents(events, second.jobId).map((e) => e.type)).toEqual(['job-done']);
    // What was stored before the cancel stays, whole.
    const docs = await client.call('listDocuments', []);
    expect(docs).toHaveLength(stored.length);
    expect(docs.every((d) => d.status === 'ready' && d.clauseCount > 0)).toBe(true);
    // Cancelling a finished job is not an error.
    await expect(client.call('cancelJob', [first.jobId])).resolves.toBeUndefined();
  });
});
