import { IngestError, NotFoundError, QueryError } from '../shared/errors';
import { UsageError } from './cli/usage-error';

// Each command is imported when it runs: the engine, ONNX runtime, pdf.js and the export
// libraries cost hundreds of milliseconds to load, and a command needs only its own.

const HELP = `clause-search — search your contracts offline

  clause-search ingest --db FILE [--models DIR] PATH...   files or folders (PDF, .docx, .html, .txt); progress on stderr
  clause-search search --db FILE [--json] [--top-k N] [--top-n N]
                       [--mode lexical|hybrid|full] [--models DIR] [--explain] QUERY
                       (--json: the result array; --json --explain: {results, timings, ...})
  clause-search docs   --db FILE [--json]
  clause-search show   --db FILE [--json] [--context N] CLAUSE_ID
  clause-search similar --db FILE [--json] [--top-k N] CLAUSE_ID   clauses of other contracts of the same kind
  clause-search compare --db FILE [--json | --out FILE.docx] CLAUSE_ID CLAUSE_ID...   word-level differences from the first
  clause-search export --db FILE --format md|csv|docx --out FILE [--query TEXT] CLAUSE_ID...
  clause-search grid   --db FILE [--types "Governing Law,Cap On Liability" | --set NAME] [--docs ID,...]
                       [--format csv|xlsx|json|docx] [--out FILE]   contracts × clause types; progress on stderr
  clause-search verify FILE.docx|FILE.csv --db FILE [--json]   is each exported quote still exactly in its source?
  clause-search sync   --db FILE FOLDER...   new/changed files in, gone ones marked missing, moves followed
  clause-search history --db FILE [--csv | --json] [--out FILE]   added, removed, exported (which clauses, where)
  clause-search remove  --db FILE DOCUMENT_ID...   a document and everything derived from it
  clause-search compact --db FILE                  reclaim removed documents' space (VACUUM); progress on stderr
  clause-search encrypt --db FILE                  encrypt a library in place (key: CLAUSE_SEARCH_KEY or asked)
  An encrypted library is opened with CLAUSE_SEARCH_KEY, or a key asked for in a terminal.

Exit status: 0 ok; 1 some file failed to ingest or an operation failed; 2 bad usage or an unusable query.
`;

/** Runs one CLI command; returns the exit status. Errors are one sentence on stderr. */
export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return await (await import('./cli/ingest-command')).ingestCommand(rest, out, err);
      case 'search':
        return await (await import('./cli/search-command')).searchCommand(rest, out, err);
      case 'docs':
        return await (await import('./cli/docs-command')).docsCommand(rest, out);
      case 'show':
        return await (await import('./cli/show-command')).showCommand(rest, out);
      case 'export':
        return await (await import('./cli/export-command')).exportCommand(rest, out);
      case 'similar':
        return await (await import('./cli/similar-command')).similarCommand(rest, out);
      case 'compare':
        return await (await import('./cli/compare-command')).compareCommand(rest, out);
      case 'grid':
        return await (await import('./cli/grid-command')).gridCommand(rest, out, err);
      case 'sync':
        return await (await import('./cli/sync-command')).syncCommand(rest, out, err);
      case 'history':
        return await (await import('./cli/history-command')).historyCommand(rest, out);
      case 'remove':
        return await (await import('./cli/remove-command')).removeCommand(rest, out);
      case 'compact':
        return await (await import('./cli/compact-command')).compactCommand(rest, out, err);
      case 'encrypt':
        return await (await import('./cli/encrypt-command')).encryptCommand(rest, out, err);
      case 'verify':
        return await (await import('./cli/verify-command')).verifyCommand(rest, out);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}"; run clause-search --help.`);
    }
  } catch (error) {
    err.write(`${(error as Error).message}\n`);
    if (error instanceof UsageError || error instanceof QueryError) return 2;
    if (error instanceof NotFoundError || error instanceof IngestError) return 1;
    if (!(error instanceof Error)) return 1;
    return 1;
  }
}
