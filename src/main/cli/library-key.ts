import { ClauseEngine } from '../engine/engine';
import { fileEncryptionState } from '../engine/store/encryption/cipher-key';

/** The CLI's way to the key of an encrypted library: the environment, else a prompt in a terminal. */
export const KEY_VARIABLE = 'CLAUSE_SEARCH_KEY';

/**
 * The key for `db`: CLAUSE_SEARCH_KEY when set; for an encrypted file and a terminal on
 * stdin, asked for without echo; otherwise none (a plain library, or a script that will
 * get the sentence saying how to give it).
 */
export async function libraryKey(db: string, ask: (prompt: string) => Promise<string> = askHidden): Promise<string | undefined> {
  const fromEnv = process.env[KEY_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (fileEncryptionState(db) !== 'encrypted' || !process.stdin.isTTY) return undefined;
  return ask(`Key for the library ${db}: `);
}

/** Reads one line from the terminal without showing it. */
export function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(typed));
        if (ch === '\u0003') return finish(() => reject(new Error('Cancelled.')));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    const finish = (done: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      done();
    };
    stdin.on('data', onData);
  });
}

/** Opens the library a command names, with its key when it has one. */
export async function openLibrary(db: string): Promise<ClauseEngine> {
  const key = await libraryKey(db);
  return ClauseEngine.open(db, key === undefined ? {} : { key });
}
