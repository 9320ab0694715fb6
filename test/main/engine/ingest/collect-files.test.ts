import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../../../src/main/engine/ingest/collect-files';
import { tempDir } from '../../../helpers/temp-dir';

describe('collectFiles', () => {
  it('walks folders recursively for PDF, Word, HTML and text files, sorted, skipping hidden entries', async () => {
    const dir = tempDir();
    for (const f of ['b.pdf', 'a.TXT', 'notes.xlsx', 'memo.docx', 'page.html', '.hidden.pdf', 'sub/c.PDF', '.git/x.pdf']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), 'x');
    }
    expect(await collectFiles([dir])).toEqual(['a.TXT', 'b.pdf', 'memo.docx', 'page.html', 'sub/c.PDF'].map((f) => path.join(dir, f)));
  });
  it('keeps named files as given, even missing or unsupported ones, so they can be reported', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'gone.pdf');
    const docx = path.join(dir, 'x.docx');
    fs.writeFileSync(docx, 'x');
    expect(await collectFiles([missing, docx])).toEqual([missing, docx]);
  });
});
