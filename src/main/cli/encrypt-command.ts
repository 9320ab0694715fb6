import { encryptLibraryFile } from '../engine/store/encryption/encrypt-library';
import { askHidden, KEY_VARIABLE } from './library-key';
import { parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

/** `clause-search encrypt`: encrypts a library in place (new file, verify, swap); progress on stderr. */
export async function encryptCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommand(args, { db: { type: 'string' } });
  const db = requireDb(values.db);
  const key = await newKey();
  encryptLibraryFile(db, key, (p) => err.write(`[${p.step}/${p.steps}] ${p.label}\n`));
  out.write(`Encrypted ${db}. Keep the key safe: without it the library cannot be opened. Give it with ${KEY_VARIABLE} or when asked.\n`);
  return 0;
}

async function newKey(): Promise<string> {
  const fromEnv = process.env[KEY_VARIABLE];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new UsageError(`Give the new key in ${KEY_VARIABLE}, or run the command in a terminal to be asked for it.`);
  const key = await askHidden('New key for the library: ');
  if ((await askHidden('The same key again: ')) !== key) throw new UsageError('The two keys differ; nothing was changed.');
  if (key === '') throw new UsageError('The key must not be empty; nothing was changed.');
  return key;
}
