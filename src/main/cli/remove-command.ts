import { openLibrary } from './library-key';
import { NotFoundError } from '../../shared/errors';
import { parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

/** `clause-search remove`: takes documents out of the library, with everything derived from them. */
export async function removeCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, { db: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('Give the id of each document to remove (see clause-search docs).');
  const ids = positionals.map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`"${v}" is not a document id; document ids are whole numbers.`);
    return n;
  });
  const engine = await openLibrary(requireDb(values.db));
  try {
    for (const id of ids) {
      if (!engine.removeDocument(id)) throw new NotFoundError(`There is no document ${id} in this library.`);
      out.write(`Removed document ${id}. Run clause-search compact to wipe its bytes from the file.\n`);
    }
    return 0;
  } finally {
    engine.close();
  }
}
