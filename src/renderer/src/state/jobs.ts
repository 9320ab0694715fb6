import type { AppEvent } from '../../../shared/app-api';
import type { IngestFileResult } from '../../../shared/api';

/** One file of an ingest job as the library shows it. */
export interface JobFile {
  path: string;
  state: 'reading' | IngestFileResult['outcome'];
  error: string | null;
}

/** An ingest job assembled from its events (a job started from the app menu arrives unannounced). */
export interface Job {
  jobId: string;
  fileCount: number;
  /** Files whose outcome is known. */
  filesDone: number;
  files: JobFile[];
  embed: { done: number; total: number } | null;
  finished: boolean;
  cancelled: boolean;
  error: string | null;
}

export type JobsState = Job[];

function newJob(jobId: string): Job {
  return { jobId, fileCount: 0, filesDone: 0, files: [], embed: null, finished: false, cancelled: false, error: null };
}

function withFile(files: JobFile[], path: string, update: Partial<JobFile>): JobFile[] {
  const at = files.findIndex((f) => f.path === path);
  if (at === -1) return [...files, { path, state: 'reading', error: null, ...update }];
  return files.map((f, i) => (i === at ? { ...f, ...update } : f));
}

type JobEvent = Extract<AppEvent, { jobId: string }>;

export type JobsAction = JobEvent | { type: 'dismiss'; jobId: string };

export function jobsReducer(jobs: JobsState, action: JobsAction): JobsState {
  if (action.type === 'dismiss') return jobs.filter((j) => j.jobId !== action.jobId);
  const existing = jobs.find((j) => j.jobId === action.jobId);
  const job = existing ?? newJob(action.jobId);
  const next = applyEvent(job, action);
  return existing ? jobs.map((j) => (j === existing ? next : j)) : [...jobs, next];
}

function applyEvent(job: Job, event: JobEvent): Job {
  switch (event.type) {
    case 'ingest-progress': {
      const { progress } = event;
      const fileCount = Math.max(job.fileCount, progress.fileCount);
      if (progress.phase === 'scan' || !progress.path) return { ...job, fileCount };
      const known = job.files.find((f) => f.path === progress.path);
      return { ...job, fileCount, files: known ? job.files : withFile(job.files, progress.path, {}) };
    }
    case 'ingest-file-done': {
      const { result } = event;
      const files = withFile(job.files, result.path, { state: result.outcome, error: result.error });
      return { ...job, files, filesDone: files.filter((f) => f.state !== 'reading').length };
    }
    case 'embed-progress':
      return { ...job, embed: { done: event.done, total: event.total } };
    case 'job-done':
      return { ...job, finished: true, cancelled: event.cancelled, error: event.error };
  }
}

/** The overall bar: files read first, then the embedding windows, as one 0–100 figure. */
export function jobPercent(job: Job): number {
  const reading = job.fileCount > 0 ? job.filesDone / job.fileCount : 0;
  if (!job.embed || job.embed.total === 0) return Math.floor(reading * 100);
  // Reading is quick next to embedding; give it a fifth of the bar.
  return Math.floor(20 * reading + 80 * (job.embed.done / job.embed.total));
}
