import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocxText, TRACKED_CHANGES_NOTE } from '../../../../../src/main/engine/ingest/docx/extract-docx';
import { emptyDocx, numberedContractDocx } from '../../../../fixtures/docx-fixtures';
import { tempDir } from '../../../../helpers/temp-dir';

describe('extractDocxText on a generated contract', async () => {
  const extracted = await extractDocxText(await numberedContractDocx());
  const { text } = extracted;

  it("writes Word's generated numbers as the reader sees them", () => {
    expect(text).toContain('Article III\tDEFINITIONS');
    expect(text).toContain('1.\tServices. The Supplier provides');
    expect(text).toContain('1.1\tFees are payable');
    expect(text).toContain('(a)\tlate invoices');
    expect(text).toContain('(b)\tdisputed amounts');
    expect(text).toContain('1.2\tTaxes are borne');
    expect(text).toContain('2.\tLiability.');
    // The second article restarts the clause list (a new list instance).
    expect(text).toContain('Article IV\tGENERAL\n\n1.\tNotices must be in writing.');
  });

  it('accepts tracked changes and says the document had them', () => {
    expect(text).toContain('paid in the prior twelve months.');
    expect(text).not.toContain('six');
    expect(extracted.notes).toEqual([TRACKED_CHANGES_NOTE]);
  });

  it('keeps a footnote with its reference and leaves out comments, headers and footers', () => {
    expect(text).toMatch(/capped at the Fees\[1\] paid[^\n]*\n\n\[1\] As defined in the Order Form\./);
    expect(text).not.toMatch(/PRIVATE REVIEWER REMARK|CONFIDENTIAL DRAFT HEADER|FOOTER PAGE TEXT/);
  });

  it('turns table rows into lines of tab-separated cells, and has one page and the title', () => {
    expect(text).toContain('Party\tAddress\n\nSupplier\t1 Main Street, Springfield');
    expect(extracted.pages).toEqual([{ pageNumber: 1, charStart: 0, charEnd: text.length }]);
    expect(extracted.title).toBe('Master Services Agreement');
  });
});

describe('extractDocxText on bad input', () => {
  const ole = (streamName: string) => {
    const bytes = new Uint8Array(1536);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Buffer.from(streamName, 'utf16le'), 1024);
    return bytes;
  };

  it('gives one sentence for each kind of unreadable file', async () => {
    await expect(extractDocxText(new Uint8Array())).rejects.toThrow('The file is empty (0 bytes).');
    await expect(extractDocxText(new TextEncoder().encode('just some text'))).rejects.toThrow(
      'This file is not a Word document (.docx); it may be another format renamed to .docx.',
    );
    await expect(extractDocxText(ole('EncryptionInfo'))).rejects.toThrow(
      'This Word document is password-protected; remove the password in Word and add it again.',
    );
    await expect(extractDocxText(ole('WordDocument'))).rejects.toThrow(/old-style Word file \(\.doc\); open it in Word and save it as \.docx or PDF/);
    await expect(extractDocxText(await emptyDocx())).rejects.toThrow('This Word document contains no text.');
  });

  it('refuses a zip that is not a Word package', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    await expect(extractDocxText(bytes)).rejects.toThrow(/not a Word document/);
  });
});

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

describe.skipIf(!hasPandoc)('extractDocxText on a pandoc-written .docx (skipped: pandoc is not installed)', () => {
  it('renders pandoc numbering, nested letters, footnotes and tables', async () => {
    const dir = tempDir();
    const markdown = path.join(dir, 'c.md');
    fs.writeFileSync(
      markdown,
      '# Definitions\n\n1. The Term is two years.\n2. Fees are due monthly.\n    a. Late fees apply.\n    b. Disputes are escalated.\n3. Notices in writing[^1].\n\n| Party | Address |\n|---|---|\n| Buyer | 2 Elm Road |\n\n[^1]: By courier or email.\n',
    );
    const out = path.join(dir, 'c.docx');
    execFileSync('pandoc', [markdown, '-o', out]);
    const { text } = await extractDocxText(new Uint8Array(fs.readFileSync(out)));
    expect(text).toBe(
      'Definitions\n\n1.\tThe Term is two years.\n\n2.\tFees are due monthly.\n\na.\tLate fees apply.\n\nb.\tDisputes are escalated.\n\n3.\tNotices in writing[1].\n\n[1] By courier or email.\n\nParty\tAddress\n\nBuyer\t2 Elm Road',
    );
  });
});
