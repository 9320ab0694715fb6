import type { ExportResult } from '../../../shared/app-api';
import type { RendererApi } from '../api/client';

/** What became of an export, for the dialog to say. */
export type SaveOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'downloaded'; fileName: string; url: string };

/**
 * In the app the preload shows a save dialog and writes the file. In a plain browser
 * (the tests) the bytes become a Blob URL that an <a download> link hands to the
 * browser's downloads; the caller keeps the link visible and revokes it later.
 */
export async function saveExport(host: RendererApi, result: ExportResult): Promise<SaveOutcome> {
  if (host.saveExport) {
    const path = await host.saveExport(result);
    return path ? { kind: 'saved', path } : { kind: 'cancelled' };
  }
  const blob = new Blob([result.bytes as BlobPart], { type: result.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  return { kind: 'downloaded', fileName: result.fileName, url };
}
