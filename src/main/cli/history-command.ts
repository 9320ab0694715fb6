import { openLibrary } from './library-key';
import fs from 'node:fs';
import type { ClauseEngine } from '../engine/engine';
import { exportedClauses, historyCsv } from '../engine/audit/history-csv';
import { parseCommand, requireDb } from './options';

/** `clause-search history`: what was added, removed, exported and when; --csv for a spreadsheet. */
export async function historyCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommand(args, { db: { type: 'string' }, csv: { type: 'boolean' }, json: { type: 'boolean' }, out: { type: 'string' } });
  const engine = await openLibrary(requireDb(values.db));
  try {
    const entries = engine.listHistory();
    const body = values.csv ? historyCsv(entries) : values.json ? JSON.stringify(entries, null, 2) + '\n' : plain(entries);
    if (values.out) {
      fs.writeFileSync(values.out, body);
      out.write(`Wrote ${entries.length} history entries to ${values.out}.\n`);
    } else out.write(body);
    return 0;
  } finally {
    engine.close();
  }
}

function plain(entries: ReturnType<ClauseEngine['listHistory']>): string {
  if (entries.length === 0) return 'Nothing has happened in this library yet.\n';
  return entries
    .map((e) => {
      const what = e.action === 'exported' ? `${exportedClauses(e)} → ${String(e.detail.file)}` : `${e.documentTitle ?? ''} ${e.documentPath ? `(${e.documentPath})` : ''}`.trim();
      return `${e.at}  ${e.action.padEnd(9)} ${what}`;
    })
    .join('\n') + '\n';
}
