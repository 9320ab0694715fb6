import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../../src/main/engine/engine';
import { encryptLibraryFile } from '../../../../../src/main/engine/store/encryption/encrypt-library';
import { generatedContract } from '../../../../fixtures/text-corpus';
import { tempDir } from '../../../../helpers/temp-dir';

const SECRET = 'Marrowvexillum';
const BIN = path.resolve('bin/clause-search.js');

function contractFile(dir: string): string {
  const file = path.join(dir, 'secret.txt');
  fs.writeFileSync(file, `${generatedContract(4)}\n\n5. CONFIDENTIALITY. The ${SECRET} process is a trade secret of the Supplier.\n`);
  return file;
}

/** A plain byte search of the database and its WAL, as someone with the disk would do. */
function bytesHold(db: string, needle: string): boolean {
  return [db, `${db}-wal`].some((f) => fs.existsSync(f) && fs.readFileSync(f).includes(Buffer.from(needle)));
}

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { env: { ...process.env, CLAUSE_SEARCH_KEY: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('encryption at rest', () => {
  it('an encrypted library holds no clause text in its file or WAL, and opens only with its key', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'lib.db');
    const engine = ClauseEngine.open(db, { key: "correct horse's battery" });
    try {
      await engine.ingest([contractFile(dir)]);
      expect((await engine.search(SECRET)).results).toHaveLength(1);
      expect(bytesHold(db, SECRET)).toBe(false); // WAL still open: its pages are encrypted too
    } finally {
      engine.close();
    }
    expect(bytesHold(db, SECRET)).toBe(false);
    expect(fs.readFileSync(db).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(() => ClauseEngine.open(db)).toThrow(`The database ${db} is damaged or is not a Clause Search database, or it is encrypted: to open an encrypted library, set CLAUSE_SEARCH_KEY or run the command in a terminal to be asked for its key.`);
    expect(() => ClauseEngine.open(db, { key: 'wrong' })).toThrow(`The key does not open the library ${db}: it is the wrong key, or the file is damaged.`);
    const again = ClauseEngine.open(db, { key: "correct horse's battery" });
    try {
      expect((await again.search(SECRET)).results).toHaveLength(1);
    } finally {
      again.close();
    }
  });

  it('turning encryption on migrates a plain library in place, and nothing plain is left beside it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'lib.db');
    const plain = ClauseEngine.open(db);
    await plain.ingest([contractFile(dir)]);
    plain.close();
    expect(bytesHold(db, SECRET)).toBe(true);

    const steps: string[] = [];
    encryptLibraryFile(db, 'k3y', (p) => steps.push(p.label));
    expect(steps).toEqual(['Copying the library', 'Encrypting the copy', 'Checking the encrypted copy', 'Swapping it in']);
    expect(bytesHold(db, SECRET)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['lib.db', 'secret.txt']);
    const engine = ClauseEngine.open(db, { key: 'k3y' });
    try {
      expect(engine.listDocuments()).toHaveLength(1);
      expect((await engine.search(SECRET)).results).toHaveLength(1);
      expect(engine.listHistory().map((e) => e.action)).toEqual(['added']);
    } finally {
      engine.close();
    }
    expect(() => encryptLibraryFile(db, 'other')).toThrow(`The library ${db} is already encrypted.`);
  });

  it('the CLI takes the key from CLAUSE_SEARCH_KEY and says in one sentence when it is missing or wrong', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'lib.db');
    const file = contractFile(dir);
    expect((await run(['ingest', '--db', db, file])).code).toBe(0);
    const encrypted = await run(['encrypt', '--db', db], { CLAUSE_SEARCH_KEY: 'from-env' });
    expect(encrypted.code).toBe(0);
    expect(encrypted.stderr).toContain('[4/4] Swapping it in');
    const found = await run(['search', '--db', db, '--json', SECRET], { CLAUSE_SEARCH_KEY: 'from-env' });
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toHaveLength(1);
    const missing = await run(['search', '--db', db, SECRET]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/^The database .* is damaged or is not a Clause Search database, or it is encrypted: .*set CLAUSE_SEARCH_KEY or run the command in a terminal to be asked for its key\.\n$/) });
    const wrong = await run(['docs', '--db', db], { CLAUSE_SEARCH_KEY: 'nope' });
    expect(wrong).toMatchObject({ code: 1, stderr: `The key does not open the library ${db}: it is the wrong key, or the file is damaged.\n` });
  });
});
