import fs from 'node:fs';
import { ClauseEngine } from '../engine/engine';
import { exportCsv } from '../engine/export/export-csv';
import { exportMarkdown } from '../engine/export/export-markdown';
import { clauseIds, parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

export async function exportCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    query: { type: 'string' },
  });
  const format = values.format;
  if (format === 'docx') throw new UsageError('DOCX export comes with the desktop app; use --format md or --format csv for now.');
  if (format !== 'md' && format !== 'csv') throw new UsageError('--format must be md or csv.');
  if (!values.out) throw new UsageError('Give the file to write with --out FILE.');
  const ids = clauseIds(positionals);
  const engine = ClauseEngine.open(requireDb(values.db));
  try {
    const clauses = engine.getClauses(ids);
    const context = { query: values.query };
    fs.writeFileSync(values.out, format === 'md' ? exportMarkdown(clauses, context) : exportCsv(clauses, context));
    out.write(`Exported ${clauses.length} clause(s) to ${values.out}.\n`);
    return 0;
  } finally {
    engine.close();
  }
}
