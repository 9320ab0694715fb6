import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import { freshMarkers, offsetsFromMarkers } from '../../../../src/main/engine/search/match-offsets';
import { tempDir } from '../../../helpers/temp-dir';

describe('highlight offsets', () => {
  it('control characters in a contract never shift the highlight off the matched words', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ctrl.txt');
    // \u0001 and \u0002 were the highlight markers once; \uE000 is a private-use character.
    fs.writeFileSync(file, '1. PAYMENT\n\nA\u0001B\u0002C zebracorn fee is payable \u0001\u0002 within 30 days; the \uE000 zebracorn fee is final.\n\n2. TERM\n\nOne year.\n');
    const engine = ClauseEngine.open(path.join(dir, 'lib.db'));
    try {
      expect((await engine.ingest([file]))[0]!.outcome).toBe('ingested');
      const { results } = await engine.search('zebracorn');
      expect(results).toHaveLength(1);
      const { text, matches } = results[0]!;
      expect(matches).toHaveLength(2);
      for (const [start, end] of matches) expect(text.slice(start, end).toLowerCase()).toBe('zebracorn');
    } finally {
      engine.close();
    }
  });

  it('spans are in the unmarked text’s UTF-16 offsets, markers of each call unique', () => {
    const markers = freshMarkers();
    expect(freshMarkers()).not.toEqual(markers);
    const marked = `😀 ${markers.open}fee${markers.close} and ${markers.open}fees${markers.close}`;
    const plain = '😀 fee and fees';
    const spans = offsetsFromMarkers(marked, markers);
    expect(spans.map(([s, e]) => plain.slice(s, e))).toEqual(['fee', 'fees']);
  });
});
