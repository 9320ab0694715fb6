import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../../src/main/engine/ingest/extract-text-file';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('extractPlainText', () => {
  it('keeps the text exactly as in the file so offsets stay aligned', () => {
    const text = '1. Term.  The term is “two” years.\n\n2. Fees.';
    expect(extractPlainText(bytes(text))).toEqual({ text, pages: [{ pageNumber: 1, charStart: 0, charEnd: text.length }], title: null });
  });
  it('splits pages at form feeds', () => {
    expect(extractPlainText(bytes('one\ftwo')).pages).toEqual([
      { pageNumber: 1, charStart: 0, charEnd: 3 },
      { pageNumber: 2, charStart: 4, charEnd: 7 },
    ]);
  });
  it('reads Windows-1252 text rather than refusing it', () => {
    expect(extractPlainText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text).toBe('café');
  });
  it('says plainly what is wrong with empty, blank and binary files', () => {
    expect(() => extractPlainText(new Uint8Array())).toThrow('The file is empty (0 bytes).');
    expect(() => extractPlainText(bytes(' \n '))).toThrow('The file contains no text.');
    expect(() => extractPlainText(new Uint8Array([0x50, 0x4b, 0, 1]))).toThrow(/not plain text/);
  });
});
