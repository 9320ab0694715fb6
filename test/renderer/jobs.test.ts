import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/shared/app-api';
import { jobPercent, jobsReducer, type JobsState } from '../../src/renderer/src/state/jobs';

const fileDone = (path: string, outcome: 'ingested' | 'failed', error: string | null = null): AppEvent => ({
  type: 'ingest-file-done',
  jobId: 'j',
  result: { path, outcome, documentId: outcome === 'failed' ? null : 1, pages: 1, clauses: 1, error, errorCode: null, duplicateOf: null },
});

describe('ingest jobs built from events', () => {
  it('follows files, then embedding, to the end, keeping each failure sentence', () => {
    const events: AppEvent[] = [
      { type: 'ingest-progress', jobId: 'j', progress: { phase: 'scan', fileIndex: 0, fileCount: 0, path: '/c' } },
      { type: 'ingest-progress', jobId: 'j', progress: { phase: 'extract', fileIndex: 0, fileCount: 2, path: '/c/a.pdf' } },
      fileDone('/c/a.pdf', 'ingested'),
      { type: 'ingest-progress', jobId: 'j', progress: { phase: 'extract', fileIndex: 1, fileCount: 2, path: '/c/scan.pdf' } },
      fileDone('/c/scan.pdf', 'failed', 'This PDF has no text layer — it is a scan; OCR it first.'),
    ];
    const jobs = events.reduce<JobsState>((state, event) => jobsReducer(state, event as never), []);
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job!.files.map((f) => [f.path, f.state])).toEqual([
      ['/c/a.pdf', 'ingested'],
      ['/c/scan.pdf', 'failed'],
    ]);
    expect(job!.files[1]!.error).toMatch(/scan/);
    expect(jobPercent(job!)).toBe(100);

    const embedding = jobsReducer(jobs, { type: 'embed-progress', jobId: 'j', done: 5, total: 10 });
    expect(jobPercent(embedding[0]!)).toBe(60);
    const done = jobsReducer(embedding, { type: 'job-done', jobId: 'j', cancelled: false, error: null });
    expect(done[0]!.finished).toBe(true);
    expect(jobsReducer(done, { type: 'dismiss', jobId: 'j' })).toEqual([]);
  });

  it('starts a job it never heard of (one the app menu began)', () => {
    const jobs = jobsReducer([], { type: 'embed-progress', jobId: 'menu', done: 1, total: 4 });
    expect(jobs[0]).toMatchObject({ jobId: 'menu', embed: { done: 1, total: 4 }, finished: false });
  });
});
