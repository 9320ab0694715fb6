import { openLibrary } from './library-key';
import { parseCommand, requireDb } from './options';

export async function docsCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommand(args, { db: { type: 'string' }, json: { type: 'boolean' } });
  const engine = await openLibrary(requireDb(values.db));
  try {
    const documents = engine.listDocuments();
    if (values.json) {
      out.write(JSON.stringify(documents, null, 2) + '\n');
      return 0;
    }
    if (documents.length === 0) out.write('No documents yet; add some with: clause-search ingest --db FILE PATH...\n');
    for (const d of documents) {
      const embedded = d.chunkCount === 0 ? 0 : Math.floor((100 * d.embeddedChunks) / d.chunkCount);
      const state =
        d.status === 'ready' ? `${d.pageCount} pages, ${d.clauseCount} clauses, embeddings ${embedded} % (${d.embeddedChunks}/${d.chunkCount} chunks)` : `failed: ${d.error}`;
      out.write(`[${d.id}] ${d.title} — ${state}\n     ${d.path}\n`);
      for (const note of d.notes ?? []) out.write(`     ${note}\n`);
    }
    return 0;
  } finally {
    engine.close();
  }
}
