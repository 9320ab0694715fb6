import fs from 'node:fs';
import { openLibrary } from './library-key';
import { ExportReadError, readExportFile } from '../engine/provenance/read-export';
import { verifyQuotes } from '../engine/provenance/verify-quotes';
import { DocumentReader } from '../engine/store/document-reader';
import { parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

/**
 * `clause-search verify FILE.docx|csv --db FILE [--json]`: for each cited clause, whether
 * the quoted text is still exactly in its source. Exit 0 when every quote is exact, 1 otherwise.
 */
export async function verifyCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, { db: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('Give one exported file to verify (.docx or .csv).');
  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new UsageError(`The file ${file} cannot be read.`);
  }
  let quotes;
  try {
    quotes = await readExportFile(file, bytes);
  } catch (error) {
    if (error instanceof ExportReadError) throw new UsageError(error.message);
    throw error;
  }
  const engine = await openLibrary(requireDb(values.db));
  try {
    const checks = verifyQuotes(new DocumentReader(engine.db), quotes);
    if (values.json) out.write(JSON.stringify(checks, null, 2) + '\n');
    else {
      for (const check of checks) out.write(`${check.verdict === 'exact' ? 'OK     ' : 'CHECK  '} ${check.citation}\n        ${check.message}\n`);
      const exact = checks.filter((c) => c.verdict === 'exact').length;
      out.write(`${exact} of ${checks.length} quote(s) exactly in their source.\n`);
    }
    return checks.every((c) => c.verdict === 'exact') ? 0 : 1;
  } finally {
    engine.close();
  }
}
