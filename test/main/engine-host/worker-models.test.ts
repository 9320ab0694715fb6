import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../src/shared/api';
import { tempDir } from '../../helpers/temp-dir';
import { tinyModels } from '../../helpers/tiny-models';
import { jobEvents, startClient, writeContracts, type Harness } from './harness';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.client.close();
  harness = undefined;
});

async function modelsRoot(): Promise<string> {
  return path.dirname((await tinyModels()).crossEncoderDir);
}

describe('engine worker with models', () => {
  it('embeds after the lexical phase, sends the stage-1 list before the re-ranked answer, and lets a newer search win', async () => {
    const dir = tempDir();
    await writeContracts(path.join(dir, 'in'), 1);
    harness = startClient({ databasePath: path.join(dir, 'library.db'), modelsDir: await modelsRoot(), modelOptions: { device: 'cpu' } });
    const { client, events, waitFor } = harness;
    expect(await client.call('modelStatus', [])).toMatchObject({ semantic: true, rerank: true, problems: [] });

    const { jobId } = await client.call('addPaths', [[path.join(dir, 'in')]]);
    await waitFor('job-done', (e) => e.jobId === jobId);
    const types = jobEvents(events, jobId).map((e) => e.type);
    // Lexical phase first (the file is searchable at once), then the embedding phase.
    expect(types.lastIndexOf('ingest-file-done')).toBeLessThan(types.indexOf('embed-progress'));
    const lastEmbed = jobEvents(events, jobId).filter((e) => e.type === 'embed-progress').at(-1)!;
    expect(lastEmbed).toMatchObject({ done: expect.any(Number) });
    expect((lastEmbed as { done: number; total: number }).done).toBe((lastEmbed as { total: number }).total);
    const [doc] = await client.call('listDocuments', []);
    expect(doc!.embeddedChunks).toBe(doc!.chunkCount);

    const final = await client.call('search', [{ requestId: 7, query: 'flood acts of God', topK: 3 }]);
    // Events and responses share one ordered channel: the stage-1 event is already here.
    const early = events.find((e) => e.type === 'search-stage1' && e.requestId === 7);
    expect(early).toMatchObject({ response: { phase: 'stage1', mode: 'full' } });
    if (early?.type !== 'search-stage1') throw new Error('no stage-1 event');
    expect(early.response.results.every((r) => r.stages.rerankScore === null)).toBe(true);
    expect(final).toMatchObject({ mode: 'full', phase: 'final' });
    expect(final.results.every((r) => r.stages.rerankScore !== null)).toBe(true);

    // A newer search cancels an older one's re-rank: the older call either finished first
    // or rejects as AbortError (which the window ignores); the newest always answers.
    const calls = [11, 12, 13].map((requestId) => client.call('search', [{ requestId, query: 'payment of fees and late interest', mode: 'full' }]));
    const settled = await Promise.allSettled(calls);
    for (const outcome of settled.slice(0, -1)) {
      if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ name: 'AbortError' });
    }
    expect(settled.at(-1)).toMatchObject({ status: 'fulfilled', value: { phase: 'final' } as Partial<SearchResponse> });
  });

  it('changing the models folder reloads the models; clearing it steps search down to lexical', async () => {
    const dir = tempDir();
    await writeContracts(path.join(dir, 'in'), 1);
    harness = startClient({ databasePath: path.join(dir, 'library.db'), modelOptions: { device: 'cpu' } });
    const { client, waitFor } = harness;
    expect(await client.call('modelStatus', [])).toMatchObject({ semantic: false, rerank: false });
    const { jobId } = await client.call('addPaths', [[path.join(dir, 'in')]]);
    await waitFor('job-done', (e) => e.jobId === jobId);

    await client.call('updateSettings', [{ modelsDir: await modelsRoot() }]);
    expect(await client.call('modelStatus', [])).toMatchObject({ semantic: true, rerank: true });
    // The chunks stored without models are embedded in the background, as a job of their own.
    const resumed = await waitFor('job-done', (e) => e.jobId !== jobId);
    expect(resumed).toMatchObject({ cancelled: false, error: null });
    expect((await client.call('search', [{ requestId: 1, query: 'acts of God' }])).mode).toBe('full');

    await client.call('updateSettings', [{ modelsDir: null }]);
    expect(await client.call('modelStatus', [])).toMatchObject({ semantic: false, rerank: false });
    expect((await client.call('search', [{ requestId: 2, query: 'acts of God', mode: 'full' }])).mode).toBe('lexical');
  });
});
