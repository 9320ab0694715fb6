import { openLibrary } from './library-key';
import { parseCommand, requireDb } from './options';

/** `clause-search compact`: reclaims removed documents' space (VACUUM), progress on stderr. */
export async function compactCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommand(args, { db: { type: 'string' } });
  const engine = await openLibrary(requireDb(values.db));
  try {
    const { bytesBefore, bytesAfter } = engine.compact((p) => err.write(`[${p.step}/${p.steps}] ${p.label}\n`));
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    out.write(`Compacted the library: ${mb(bytesBefore)} MB → ${mb(bytesAfter)} MB.\n`);
    return 0;
  } finally {
    engine.close();
  }
}
