import { useEffect, useState } from 'react';
import type { GridExportFormat } from '../../../../shared/grid-api';
import { api, errorSentence } from '../../api/client';
import { saveExport } from '../../lib/save-export';

const FORMATS: Array<[GridExportFormat, string]> = [
  ['xlsx', 'Excel (.xlsx)'],
  ['csv', 'CSV (.csv)'],
  ['docx', 'Word memo (.docx)'],
];

type Outcome = { tone: 'ok' | 'error'; text: string; download?: { url: string; fileName: string } };

/** Exports the grid on screen (its columns and contracts) through the engine: Excel, CSV or a Word memo. */
export function GridExportMenu({ typeIds, documentIds, disabled }: { typeIds: string[]; documentIds: number[]; disabled: boolean }) {
  const [busy, setBusy] = useState<GridExportFormat | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => () => {
    if (outcome?.download) URL.revokeObjectURL(outcome.download.url);
  }, [outcome]);

  const exportAs = async (format: GridExportFormat) => {
    setBusy(format);
    try {
      const host = api();
      const saved = await saveExport(host, await host.exportGrid({ typeIds, documentIds, format }));
      if (saved.kind === 'cancelled') setOutcome(null);
      else if (saved.kind === 'saved') setOutcome({ tone: 'ok', text: `Saved to ${saved.path}` });
      else setOutcome({ tone: 'ok', text: `${saved.fileName} is in your downloads.`, download: { url: saved.url, fileName: saved.fileName } });
    } catch (e) {
      setOutcome({ tone: 'error', text: errorSentence(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="grid-export" role="group" aria-label="Export the grid">
      <span className="grid-export-label">Export</span>
      {FORMATS.map(([format, label]) => (
        <button
          key={format}
          type="button"
          className="button"
          disabled={disabled || busy !== null}
          onClick={() => void exportAs(format)}
          data-testid={`grid-export-${format}`}
          title={`Export ${label}`}
        >
          {busy === format ? 'Exporting…' : label.split(' (')[0]}
        </button>
      ))}
      {outcome && (
        <span className={`grid-export-outcome is-${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'} data-testid="grid-export-outcome">
          {outcome.text}{' '}
          {outcome.download && (
            <a href={outcome.download.url} download={outcome.download.fileName}>
              Download again
            </a>
          )}
        </span>
      )}
    </div>
  );
}
