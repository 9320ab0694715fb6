import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IngestFileResult } from '../../../../../src/shared/api';
import { ClauseEngine } from '../../../../../src/main/engine/engine';
import { makeContractPdf } from '../../../../fixtures/pdf-fixtures';
import { generatedContract } from '../../../../fixtures/text-corpus';
import { tempDir } from '../../../../helpers/temp-dir';

/** Each hostile file gets one clear outcome, and the rest of the import goes on. */
let engine: ClauseEngine;
afterEach(() => engine?.close());

function open(): { engine: ClauseEngine; dir: string } {
  const dir = tempDir();
  engine = ClauseEngine.open(path.join(dir, 'lib.db'));
  return { engine, dir };
}

const byName = (results: readonly IngestFileResult[], name: string): IngestFileResult => {
  const found = results.find((r) => path.basename(r.path) === name);
  if (!found) throw new Error(`no result for ${name}: ${results.map((r) => r.path).join(', ')}`);
  return found;
};

const storedText = (e: ClauseEngine, name: string): string =>
  e.db.prepare('SELECT text FROM documents WHERE path LIKE ?').pluck().get(`%${name}`) as string;

const isRoot = process.getuid?.() === 0;

describe('hostile files', () => {
  it('an unreadable folder and an unreadable file are reported and the rest goes on', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o777);
    const folder = path.join(dir, 'in');
    fs.mkdirSync(path.join(folder, 'locked'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'a-readable.txt'), generatedContract(1));
    fs.writeFileSync(path.join(folder, 'locked', 'secret.txt'), generatedContract(2));
    fs.writeFileSync(path.join(folder, 'z-unreadable.txt'), generatedContract(3));
    fs.writeFileSync(path.join(folder, 'zz-readable.txt'), generatedContract(4));
    fs.chmodSync(path.join(folder, 'locked'), 0o000);
    fs.chmodSync(path.join(folder, 'z-unreadable.txt'), 0o000);
    // Root reads everything, so as root the CLI runs as "nobody" to meet the permissions a user would.
    const bin = path.resolve('bin/clause-search.js');
    const command = isRoot
      ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin]
      : [process.execPath, bin];
    const run = spawnSync(command[0]!, [...command.slice(1), 'ingest', '--db', path.join(dir, 'lib.db'), folder], { encoding: 'utf8' });
    fs.chmodSync(path.join(folder, 'locked'), 0o755);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Ingested 2, replaced 0, duplicates 0, failed 2 of 4 file\(s\)/);
    expect(run.stdout).toContain(`failed: ${path.join(folder, 'locked')}: This folder cannot be read (permission denied); the files in it were not added.`);
    expect(run.stdout).toContain(`failed: ${path.join(folder, 'z-unreadable.txt')}: The file cannot be read (permission denied); check its permissions.`);
  });

  it('UTF-8 with a few invalid bytes stays UTF-8, the bad bytes replaced and noted', async () => {
    const { engine, dir } = open();
    const file = path.join(dir, 'invalid-utf8.txt');
    const good = '1. DEFINITIONS\n\n“Confidential Information” means what the Société Générale party discloses under § 4.2.\n\n';
    fs.writeFileSync(file, Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('\n2. NOTICES\n\nNotices must be in writing.\n')]));
    const [result] = await engine.ingest([file]);
    expect(result).toMatchObject({ outcome: 'ingested', notes: ['3 byte sequences that are not valid UTF-8 were replaced with �.'] });
    const text = storedText(engine, 'invalid-utf8.txt');
    expect(text).toContain('“Confidential Information”');
    expect(text).toContain('Société');
    expect(text).not.toContain('Ã©');
    expect((await engine.search('Société')).results.length).toBeGreaterThan(0);
  });

  it('an 8-bit file with no UTF-8 in it is read as Windows-1252', async () => {
    const { engine, dir } = open();
    const file = path.join(dir, 'legacy.txt');
    fs.writeFileSync(file, Buffer.from('1. PARTIES\n\nThe Soci\xe9t\xe9 and the Supplier agree \x93as follows\x94.\n', 'latin1'));
    const [result] = await engine.ingest([file]);
    expect(result!.outcome).toBe('ingested');
    expect(storedText(engine, 'legacy.txt')).toContain('Société and the Supplier agree “as follows”');
  });

  it('UTF-16 LE and BE text with a BOM is read', async () => {
    const { engine, dir } = open();
    const text = generatedContract(5);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    fs.writeFileSync(path.join(dir, 'le.txt'), le);
    fs.writeFileSync(path.join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be.subarray(2)]));
    const results = await engine.ingest([path.join(dir, 'le.txt'), path.join(dir, 'be.txt')]);
    expect(results.map((r) => r.outcome)).toEqual(['ingested', 'ingested']);
    expect(storedText(engine, 'le.txt')).toBe(text);
    expect(storedText(engine, 'be.txt')).toBe(text);
  });

  it('mostly non-text .txt files are refused as "not plain text", whatever their bytes', async () => {
    const { engine, dir } = open();
    const random = Buffer.alloc(1 << 16);
    for (let i = 0; i < random.length; i++) random[i] = 1 + ((i * 2654435761) % 255); // no NUL, no pattern that decodes
    fs.writeFileSync(path.join(dir, 'random.txt'), random);
    fs.copyFileSync(process.execPath, path.join(dir, 'program.txt'));
    fs.writeFileSync(path.join(dir, 'pdf-renamed.txt'), await makeContractPdf({ pages: [['1. Term. One year.']] }));
    fs.writeFileSync(path.join(dir, 'fine.txt'), generatedContract(6));
    const results = await engine.ingest([dir]);
    expect(byName(results, 'random.txt')).toMatchObject({ outcome: 'failed', errorCode: 'not-plain-text', error: expect.stringMatching(/^This file is not plain text \(\d+ % of its characters/) });
    expect(byName(results, 'program.txt')).toMatchObject({ outcome: 'failed', error: 'This file is not plain text (it is a program named .txt).' });
    expect(byName(results, 'pdf-renamed.txt')).toMatchObject({ outcome: 'failed', error: 'This file is not plain text (it is a PDF named .txt).' });
    expect(byName(results, 'fine.txt').outcome).toBe('ingested');
    expect(engine.db.prepare("SELECT COUNT(*) FROM documents WHERE status = 'ready'").pluck().get()).toBe(1);
  });

  it('a named pipe, a device and a socket are refused without being opened', async () => {
    const { engine, dir } = open();
    const pipe = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    const server = net.createServer();
    const socket = path.join(dir, 'socket.txt');
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      fs.writeFileSync(path.join(dir, 'fine.txt'), generatedContract(7));
      // Given by name, and met inside a folder: a pipe that was opened would hang this test.
      const direct = await engine.ingest([pipe, '/dev/zero']);
      expect(direct[0]).toMatchObject({ outcome: 'failed', errorCode: 'not-a-regular-file', error: 'This is a named pipe, not a document file; it was not read.' });
      expect(direct[1]).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/^This is a device/) });
      const inFolder = await engine.ingest([dir]);
      expect(byName(inFolder, 'pipe.txt')).toMatchObject({ outcome: 'failed', errorCode: 'not-a-regular-file' });
      expect(byName(inFolder, 'socket.txt')).toMatchObject({ outcome: 'failed', error: 'This is a socket, not a document file; it was not read.' });
      expect(byName(inFolder, 'fine.txt').outcome).toBe('ingested');
    } finally {
      server.close();
    }
  });

  it('an unsupported or oversized file is refused from its name and size, before it is read', async () => {
    const { engine, dir } = open();
    const huge = path.join(dir, 'huge.zip');
    const big = path.join(dir, 'big.txt');
    // Sparse: a gigabyte on paper, nothing on disk; reading it whole would take that memory.
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 1024 ** 3);
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 3 * 1024 * 1024);
    engine.setFileLimits({ maxFileBytes: 2 * 1024 * 1024 });
    const before = process.memoryUsage().rss;
    const [zip, txt] = await engine.ingest([huge, big]);
    expect(zip).toMatchObject({ outcome: 'failed', errorCode: 'unsupported-type' });
    expect(txt).toMatchObject({
      outcome: 'failed',
      errorCode: 'too-large',
      error: 'This file is 3.0 MB, over the 2.0 MB limit per file; split it, or raise the limit (Settings in the app, --max-file-mb in the command line).',
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });

  it('a .pdf whose first bytes are not a PDF is refused from those bytes', async () => {
    const { engine, dir } = open();
    fs.writeFileSync(path.join(dir, 'fake.pdf'), generatedContract(8));
    const [result] = await engine.ingest([path.join(dir, 'fake.pdf')]);
    expect(result).toMatchObject({ outcome: 'failed', errorCode: 'not-a-pdf' });
  });

  it('a PDF whose pages repeat one template with changing numbers keeps its text', async () => {
    const { engine, dir } = open();
    const pages = [1, 2, 3].map((i) => [`${i}. SECTION ${i} HEADING`, `${i}.1 The Supplier shall indemnify the Customer against losses arising from clause ${i}.`]);
    fs.writeFileSync(path.join(dir, 'templated.pdf'), await makeContractPdf({ pages }));
    const [result] = await engine.ingest([path.join(dir, 'templated.pdf')]);
    expect(result).toMatchObject({ outcome: 'ingested', pages: 3 });
    const text = storedText(engine, 'templated.pdf');
    for (const i of [1, 2, 3]) expect(text).toContain(`arising from clause ${i}`);
  });

  it('symbolic links are followed once; loops and repeats are skipped with a reason', async () => {
    const { engine, dir } = open();
    const folder = path.join(dir, 'links');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'contract.txt'), generatedContract(9));
    const outside = path.join(dir, 'elsewhere');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'other.txt'), generatedContract(10));
    fs.symlinkSync('.', path.join(folder, 'self'));
    fs.symlinkSync('b.txt', path.join(folder, 'a.txt'));
    fs.symlinkSync('a.txt', path.join(folder, 'b.txt'));
    fs.symlinkSync('contract.txt', path.join(folder, 'linked-contract.txt'));
    fs.symlinkSync('../..', path.join(folder, 'sub', 'up'));
    fs.symlinkSync(outside, path.join(folder, 'outside'));
    const results = await engine.ingest([folder]);
    expect(byName(results, 'contract.txt').outcome).toBe('ingested');
    expect(byName(results, 'other.txt').outcome).toBe('ingested'); // a link to a folder elsewhere is followed
    expect(byName(results, 'a.txt')).toMatchObject({ outcome: 'skipped', error: 'This link was skipped: it leads back to itself (a loop).' });
    expect(byName(results, 'linked-contract.txt')).toMatchObject({ outcome: 'skipped', error: expect.stringMatching(/already being added/) });
    expect(byName(results, 'self')).toMatchObject({ outcome: 'skipped', errorCode: 'link-loop' });
    expect(byName(results, 'up')).toMatchObject({ outcome: 'skipped', errorCode: 'link-loop' });
    expect(results.filter((r) => r.outcome === 'ingested')).toHaveLength(2);
  });

  it('re-adding an unchanged file says it is already in the library', async () => {
    const { engine, dir } = open();
    const file = path.join(dir, 'once.txt');
    fs.writeFileSync(file, generatedContract(11));
    await engine.ingest([file]);
    const [again] = await engine.ingest([file]);
    expect(again).toMatchObject({ outcome: 'duplicate', duplicateOf: file });
  });
});
