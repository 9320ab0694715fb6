import { openLibrary } from './library-key';
import fs from 'node:fs';
import path from 'node:path';
import type { ClauseWithDocument } from '../../shared/api';
import { exportCsv } from '../engine/export/export-csv';
import { exportDocx } from '../engine/export/export-docx';
import { exportMarkdown, type ExportContext } from '../engine/export/export-markdown';
import { indexVersion } from '../engine/provenance/index-version';
import { clauseIds, parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

const FORMATS = ['md', 'csv', 'docx'] as const;
type Format = (typeof FORMATS)[number];

export async function exportCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    query: { type: 'string' },
  });
  const format = values.format;
  if (!isFormat(format)) throw new UsageError('--format must be md, csv or docx.');
  if (!values.out) throw new UsageError('Give the file to write with --out FILE.');
  const ids = clauseIds(positionals);
  const engine = await openLibrary(requireDb(values.db));
  try {
    const clauses: ClauseWithDocument[] = engine.getClauses(ids);
    const version = indexVersion(engine.db);
    fs.writeFileSync(values.out, await render(format, clauses, { query: values.query, indexVersion: version }));
    // The history records what left the library, and where it went.
    engine.recordExport({ clauseIds: ids, format, file: path.resolve(values.out), query: values.query });
    out.write(`Exported ${clauses.length} clause(s) to ${values.out}.\n`);
  } finally {
    engine.close();
  }
  return 0;
}

function isFormat(value: string | undefined): value is Format {
  return (FORMATS as readonly string[]).includes(value ?? '');
}

async function render(format: Format, clauses: ClauseWithDocument[], context: ExportContext): Promise<string | Uint8Array> {
  if (format === 'md') return exportMarkdown(clauses, context);
  if (format === 'csv') return exportCsv(clauses, context);
  return exportDocx(clauses, context);
}
