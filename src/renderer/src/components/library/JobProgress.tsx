import { fileName, plural } from '../../lib/format';
import { jobPercent, type Job, type JobFile } from '../../state/jobs';
import { ProgressBar } from '../common/ProgressBar';

const FILE_STATE: Record<JobFile['state'], string> = {
  reading: 'Reading…',
  ingested: 'Added',
  replaced: 'Updated',
  duplicate: 'Already in library',
  failed: 'Failed',
  skipped: 'Skipped',
};

function headline(job: Job): string {
  // A job with no files is the engine catching up on embeddings (new models, or an earlier run cut short).
  const embeddingOnly = job.files.length === 0;
  if (job.finished) {
    if (job.cancelled) return embeddingOnly ? 'Embedding paused — it resumes next time' : 'Cancelled — files already read stay searchable';
    if (job.error) return job.error;
    if (embeddingOnly) return 'Meaning search is ready';
    const failed = job.files.filter((f) => f.state === 'failed').length;
    const added = job.files.filter((f) => f.state === 'ingested' || f.state === 'replaced').length;
    return failed > 0 ? `${plural(added, 'file')} added, ${failed} failed` : `${plural(added, 'file')} added`;
  }
  if (job.fileCount > 0 && job.filesDone < job.fileCount) return `Reading ${Math.min(job.filesDone + 1, job.fileCount)} of ${job.fileCount}`;
  if (job.embed) return `Embedding for meaning search — ${job.embed.done} of ${job.embed.total} passages`;
  return 'Starting…';
}

/** One ingest job: the overall bar, Cancel, and each file's state with its failure sentence. */
export function JobProgress({ job, onCancel, onDismiss }: { job: Job; onCancel: () => void; onDismiss: () => void }) {
  const value = job.finished && !job.cancelled ? 100 : jobPercent(job);
  return (
    <section className={`job${job.finished ? ' is-finished' : ''}`} aria-label="Import progress" data-testid="job">
      <div className="job-head">
        <span className="job-headline" data-testid="job-headline" aria-live="polite">
          {headline(job)}
        </span>
        {job.finished ? (
          <button type="button" className="button-quiet" onClick={onDismiss} data-testid="job-dismiss">
            Dismiss
          </button>
        ) : (
          <button type="button" className="button-quiet" onClick={onCancel} data-testid="job-cancel">
            Cancel
          </button>
        )}
      </div>
      <ProgressBar value={value} label="Import progress" testId="job-progress" />
      <ul className="job-files">
        {job.files.map((file) => (
          <li key={file.path} className={`job-file is-${file.state}`} data-testid="job-file" title={file.path}>
            <span className="job-file-name">{fileName(file.path)}</span>
            <span className="job-file-state">{FILE_STATE[file.state]}</span>
            {file.error && (
              <p className="job-file-error" data-testid="job-file-error">
                {file.error}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
