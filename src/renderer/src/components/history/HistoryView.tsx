import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry, ExportedClauseRef } from '../../../../shared/history';
import { api, errorSentence } from '../../api/client';
import { saveExport } from '../../lib/save-export';
import { useAppEvent } from '../../state/useAppEvent';
import './history.css';

const ACTION_LABEL: Record<AuditEntry['action'], string> = {
  added: 'Added',
  replaced: 'Updated',
  removed: 'Removed',
  exported: 'Exported',
  compacted: 'Space reclaimed',
};

/** What one entry is about, in a line: the document, or the exported clauses and the file they went to. */
function describe(entry: AuditEntry): string {
  if (entry.action === 'exported') {
    const clauses = Array.isArray(entry.detail.clauses) ? (entry.detail.clauses as ExportedClauseRef[]) : [];
    const list = clauses.map((c) => `${c.documentTitle}${c.clauseNumber ? ` §${c.clauseNumber}` : ''}`).join('; ');
    return `${clauses.length} clause(s) (${list}) to ${String(entry.detail.file ?? '')}`;
  }
  if (entry.action === 'compacted') {
    const mb = (n: unknown) => (Number(n) / (1024 * 1024)).toFixed(1);
    return `${mb(entry.detail.bytesBefore)} MB → ${mb(entry.detail.bytesAfter)} MB`;
  }
  return entry.documentTitle ?? entry.documentPath ?? '';
}

/** The library's history (added, removed, exported, when), its CSV export, and reclaiming space. */
export function HistoryView() {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api()
      .listHistory()
      .then(setEntries, (e: unknown) => setMessage({ tone: 'error', text: errorSentence(e) }));
  }, []);
  useEffect(load, [load]);
  useAppEvent((event) => {
    if (event.type === 'library-changed') load();
  });

  const exportCsv = async () => {
    try {
      const host = api();
      const saved = await saveExport(host, await host.exportHistory());
      if (saved.kind === 'saved') setMessage({ tone: 'info', text: `History saved to ${saved.path}.` });
      if (saved.kind === 'downloaded') setMessage({ tone: 'info', text: `History downloaded as ${saved.fileName}.` });
    } catch (e) {
      setMessage({ tone: 'error', text: errorSentence(e) });
    }
  };

  const compact = async () => {
    setBusy(true);
    setMessage({ tone: 'info', text: 'Reclaiming space: merging the index and rewriting the database…' });
    try {
      const { bytesBefore, bytesAfter } = await api().compactLibrary();
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
      setMessage({ tone: 'info', text: `Space reclaimed: ${mb(bytesBefore)} MB → ${mb(bytesAfter)} MB. Removed documents' text is gone from the file.` });
      load();
    } catch (e) {
      setMessage({ tone: 'error', text: errorSentence(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="main-view history-view" aria-label="History" data-testid="history-view">
      <header className="history-header">
        <h2>History</h2>
        <div className="history-actions">
          <button type="button" className="button" onClick={exportCsv} disabled={!entries || entries.length === 0} data-testid="history-export">
            Export as CSV
          </button>
          <button type="button" className="button" onClick={compact} disabled={busy} data-testid="history-compact">
            {busy ? 'Reclaiming…' : 'Reclaim space'}
          </button>
        </div>
      </header>
      {message && (
        <p className={`history-message ${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="history-message">
          {message.text}
        </p>
      )}
      {entries === null ? (
        <p className="history-empty">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="history-empty">Nothing has happened in this library yet.</p>
      ) : (
        <div className="history-table-wrap">
          <table className="history-table" data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-action={entry.action}>
                  <td className="history-when">
                    <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
                  </td>
                  <td className="history-action">{ACTION_LABEL[entry.action]}</td>
                  <td className="history-detail" title={entry.documentPath ?? undefined}>
                    {describe(entry)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
