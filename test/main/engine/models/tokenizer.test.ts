import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { basicWords } from '../../../../src/main/engine/models/basic-words';
import { loadLibraryTokenizer, type LibraryTokenizer } from '../../../../src/main/engine/models/offline-transformers';
import { loadTokenizer, type BertTextTokenizer } from '../../../../src/main/engine/models/tokenizer';
import { ModelLoadError } from '../../../../src/main/engine/models/types';
import { sharedDir } from '../../../helpers/shared-dir';
import { tempDir } from '../../../helpers/temp-dir';

const realDir = path.join(sharedDir(), 'models/all-MiniLM-L6-v2');
const msMarcoDir = path.join(sharedDir(), 'models/ms-marco-MiniLM-L-6-v2');

/** Legal text with the characters that trip offset bookkeeping up. */
const TEXTS = [
  'Section 4.2(b): the Licensor’s “Café” liability shall not exceed USD 10,000.00 — see Schedule 3.',
  'NAÏVE façade; résumé  coöperate\tÉTÉ\r\nSTRASSE Straße ß ﬁnance ǅ İstanbul',
  'Force majeure: acts of God, floods, epidemics 😀🤝 and war (including “cyber-war”).',
  'GDPR Art. 30(1)(a)–(g); §§ 12–14 BGB; ¶ 7; 50% of fees; $1.5m; €2,000; £3; ±5°C; ½',
  '東京都の契約書 第三条 한국어 계약 中文合同条款 and 𠀋 (astral CJK)',
  'Soft\u00adhyphen, zero\u200bwidth, BOM\ufeffinside, page\fbreak, vertical\vtab, nbsp\u00a0here, thin\u2009space',
  'Control \u0001chars\u0007 and \ufffd replacement, e\u0301 combining, ﬀ ligature',
  'supercalifragilisticexpialidocious'.repeat(4) + ' after a very long word',
  'Dr. Smith (the "Guarantor") hereby irrevocably guarantees... the Obligations, inter alia!?',
  'email: legal@example.com, url: https://example.com/terms?x=1&y=2#s, tel. +44 (0)20 7946 0958',
  'Arabic عقد, Hebrew חוזה, Greek ΣΥΜΒΑΣΗ σύμβαση, Russian ДОГОВОР, Thai สัญญา, Hindi अनुबंध',
  'Greek final sigma: ΟΔΟΣ ΟΔΟΣ\'Α ΟΔΟΣ. Α\u0001Σ Α\u00adΣ ΣΣ',
  '  leading and trailing spaces  ',
  '',
];

describe.skipIf(!fs.existsSync(realDir))('the tokenizer against the real all-MiniLM tokenizer', () => {
  let ours: BertTextTokenizer;
  let library: LibraryTokenizer;
  beforeAll(async () => {
    ours = await loadTokenizer(realDir);
    library = await loadLibraryTokenizer(realDir);
  });

  it('gives the same ids as the library encoding the whole text', () => {
    for (const text of TEXTS) {
      expect(ours.tokenize(text).ids, text).toEqual(library.encode(text, { add_special_tokens: false }));
    }
  });

  it('gives the same ids on seeded random mixes of awkward characters', () => {
    const pool = [...'aZ9 .,;:()[]\'"-–—’“”\t\n\f\v\u00a0\u2009\u200b\u00ad\ufeff\u0301éİıΣσΑ東한😀𠀋\u0000\u0001\ufffd§¶$€%<|~`ﬁǅ\u2028\u3000\u037e\u1fef', 'licensor', 'ab'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pool[Math.floor(next() * pool.length)]).join('');
      expect(ours.tokenize(text).ids, JSON.stringify(text)).toEqual(library.encode(text, { add_special_tokens: false }));
    }
  });

  it('gives every piece the span of a word in the original text', () => {
    const text = TEXTS[0]!;
    const { ids, offsets } = ours.tokenize(text);
    expect(offsets).toHaveLength(ids.length);
    const spans = offsets.map(([s, e]) => text.slice(s, e));
    expect(spans.slice(0, 8)).toEqual(['Section', '4', '.', '2', '(', 'b', ')', ':']);
    // "Licensor" is three word pieces, all with the word's span.
    const licensor = spans.filter((s) => s === 'Licensor');
    expect(licensor.length).toBeGreaterThan(1);
    for (const [s, e] of offsets) expect(s).toBeLessThan(e);
  });

  it('covers every non-space character of the text with some word', () => {
    for (const text of TEXTS) {
      const covered = new Array<boolean>(text.length).fill(false);
      for (const w of basicWords(text)) for (let i = w.start; i < w.end; i++) covered[i] = true;
      for (let i = 0; i < text.length; i++) if (!covered[i]) expect(/\s/.test(text[i]!), JSON.stringify(text[i])).toBe(true);
    }
  });

  it('spells special tokens in the text as ordinary characters', () => {
    const ids = ours.tokenize('before [SEP] after').ids;
    expect(ids).not.toContain(ours.sepId);
    expect(ids).toHaveLength(ours.tokenize('before [ sep ] after').ids.length);
  });

  it('reads [CLS], [SEP] and [PAD] from the tokenizer', () => {
    expect([ours.clsId, ours.sepId, ours.padId]).toEqual([101, 102, 0]);
  });

  it('does not truncate at the 128 tokens of tokenizer.json', () => {
    expect(ours.tokenize('word '.repeat(300)).ids).toHaveLength(300);
  });

  it.skipIf(!fs.existsSync(msMarcoDir))('tokenizes like the real ms-marco tokenizer.json once it has a tokenizer_config.json', async () => {
    await expect(loadTokenizer(msMarcoDir)).rejects.toMatchObject({ code: 'file-missing', message: expect.stringContaining('has no tokenizer_config.json') });
    const dir = tempDir();
    fs.copyFileSync(path.join(msMarcoDir, 'tokenizer.json'), path.join(dir, 'tokenizer.json'));
    fs.copyFileSync(path.join(realDir, 'tokenizer_config.json'), path.join(dir, 'tokenizer_config.json'));
    const msMarco = await loadTokenizer(dir);
    for (const text of TEXTS) expect(msMarco.tokenize(text).ids).toEqual(ours.tokenize(text).ids);
  });

  it('encodes a pair as the library does', () => {
    const a = 'cap on liability';
    const b = 'The aggregate liability shall not exceed the fees paid.';
    const batch = ours.encodePairs([{ a: ours.tokenize(a).ids, b: ours.tokenize(b).ids }], 512);
    expect(Array.from(batch.inputIds, Number)).toEqual(library.encode(a, { text_pair: b }));
  });
});

describe('loading a tokenizer folder', () => {
  it('names the missing tokenizer_config.json', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tokenizer.json'), '{}');
    await expect(loadTokenizer(dir)).rejects.toMatchObject({ code: 'file-missing', message: expect.stringContaining('tokenizer_config.json') });
  });

  it('rejects a tokenizer.json that is not JSON', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tokenizer.json'), 'not json');
    fs.writeFileSync(path.join(dir, 'tokenizer_config.json'), '{}');
    const error = await loadTokenizer(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect(error).toMatchObject({ code: 'tokenizer-invalid' });
  });

  it('rejects a JSON file that is not a tokenizer', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tokenizer.json'), '{"hello": 1}');
    fs.writeFileSync(path.join(dir, 'tokenizer_config.json'), '{"tokenizer_class": "BertTokenizer"}');
    await expect(loadTokenizer(dir)).rejects.toMatchObject({ code: 'tokenizer-invalid', message: expect.stringMatching(/^The tokenizer in .* is not usable/) });
  });
});
