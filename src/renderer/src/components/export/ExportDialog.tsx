import { useEffect, useState } from 'react';
import { pageCitation } from '../../../../shared/page-citation';
import type { ExportFormat } from '../../../../shared/api';
import { api, errorSentence } from '../../api/client';
import { saveExport } from '../../lib/save-export';
import { exportQuery, type Mark } from '../../state/useMarks';
import { Dialog } from '../common/Dialog';

const FORMATS: Array<[ExportFormat, string]> = [
  ['docx', 'Word (.docx)'],
  ['csv', 'Spreadsheet (.csv)'],
  ['md', 'Markdown (.md)'],
];

type Outcome = { tone: 'ok' | 'error'; text: string; download?: { url: string; fileName: string } };

/** The cited clauses with their queries, exported with pinpoint citations or copied. */
export function ExportDialog({ marks, onUnmark, onClose }: { marks: Mark[]; onUnmark: (clauseId: number) => void; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // A download link's Blob stays alive only while the dialog shows it.
  useEffect(() => () => {
    if (outcome?.download) URL.revokeObjectURL(outcome.download.url);
  }, [outcome]);

  const request = (format: ExportFormat) => ({ clauseIds: marks.map((m) => m.clauseId), format, query: exportQuery(marks) });

  const run = async (work: () => Promise<Outcome | null>) => {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (e) {
      setOutcome({ tone: 'error', text: errorSentence(e) });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: ExportFormat) =>
    run(async () => {
      const host = api();
      const saved = await saveExport(host, await host.exportClauses(request(format)));
      if (saved.kind === 'cancelled') return null;
      if (saved.kind === 'saved') return { tone: 'ok', text: `Saved to ${saved.path}` };
      return { tone: 'ok', text: `${saved.fileName} is in your downloads.`, download: { url: saved.url, fileName: saved.fileName } };
    });

  // Markdown is the clipboard's format: citations as headings, clauses as quotes, pasteable anywhere.
  const copy = () =>
    run(async () => {
      const result = await api().exportClauses(request('md'));
      // The app's session allows exactly this permission (clipboard-sanitized-write).
      await navigator.clipboard.writeText(new TextDecoder().decode(result.bytes));
      return { tone: 'ok', text: `Copied ${marks.length === 1 ? 'the clause' : `${marks.length} clauses`} with citations.` };
    });

  const empty = marks.length === 0;
  return (
    <Dialog
      title="Cite and export"
      onClose={onClose}
      testId="export-dialog"
      footer={
        <>
          {FORMATS.map(([format, label]) => (
            <button
              key={format}
              type="button"
              className={`button${format === 'docx' ? ' button-primary' : ''}`}
              disabled={busy || empty}
              onClick={() => void exportAs(format)}
              data-testid={`export-${format}`}
            >
              {label}
            </button>
          ))}
          <button type="button" className="button" disabled={busy || empty} onClick={() => void copy()} data-testid="export-copy">
            Copy
          </button>
        </>
      }
    >
      {empty ? (
        <p className="muted">No clauses are marked. Tick “Cite” on a result to add it here.</p>
      ) : (
        <ol className="marks" data-testid="export-list">
          {marks.map((mark) => (
            <li key={mark.clauseId} className="mark" data-testid="export-item">
              <div>
                <span className="mark-title">{mark.title}</span>
                <span className="mark-source">
                  {mark.documentTitle}, {pageCitation(mark)}
                </span>
                {mark.query && <span className="mark-query">Found by “{mark.query}”</span>}
              </div>
              <button type="button" className="button-quiet" onClick={() => onUnmark(mark.clauseId)} aria-label={`Remove ${mark.title} from the citations`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      {outcome && (
        <p className={`export-outcome is-${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'} data-testid="export-outcome">
          {outcome.text}{' '}
          {outcome.download && (
            <a href={outcome.download.url} download={outcome.download.fileName} data-testid="export-download">
              Download again
            </a>
          )}
        </p>
      )}
    </Dialog>
  );
}
