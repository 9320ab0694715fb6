import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, defaultDataDir } from '../../../../src/main/engine/eval/data-paths';
import { loadLegalBench } from '../../../../src/main/engine/eval/legalbench-data';
import { tempDir } from '../../../helpers/temp-dir';
import { CUAD_TEXT, PRIVACY_TEXT, writeEvalData } from './eval-fixtures';

describe('loadLegalBench', () => {
  it('resolves file paths per dataset and hands over only the referenced documents', () => {
    const dir = writeEvalData(tempDir());
    const set = loadLegalBench(dir);
    expect(set.tests.map((t) => [t.dataset, t.index])).toEqual([
      ['privacy_qa', 0],
      ['cuad', 0],
      ['cuad', 1],
    ]);
    expect(set.docs).toEqual([
      { filePath: 'cuad/Contract A.txt', absPath: path.join(dir, 'raw/cuad_v1/full_contract_txt/Contract A.txt') },
      {
        filePath: 'privacy_qa/Policy P.txt',
        absPath: path.join(dir, 'raw/legalbenchrag_privacy_qa/corpus/privacy_qa/Policy P.txt'),
      },
    ]);
    expect(set.stats.cuad).toEqual({ tests: 2, docs: 1, chars: CUAD_TEXT.length });
    expect(set.stats.privacy_qa).toEqual({ tests: 1, docs: 1, chars: PRIVACY_TEXT.length });
    expect(set.tests[1]!.gold).toEqual([{ filePath: 'cuad/Contract A.txt', start: 15, end: 58 }]);
  });

  it('fails on an answer that does not match the text, a span past the end, or a missing file', () => {
    const cases: Array<[object, RegExp]> = [
      [{ file_path: 'cuad/Contract A.txt', span: [0, 5], answer: 'wrong' }, /differs from its "answer"/],
      [{ file_path: 'cuad/Contract A.txt', span: [80, 500] }, /does not fit/],
      [{ file_path: 'cuad/Nope.txt', span: [0, 5] }, /is not at/],
      [{ file_path: 'cuad/../../x.txt', span: [0, 5] }, /outside/],
      [{ file_path: 'other/Contract A.txt', span: [0, 5] }, /does not start with "cuad\/"/],
    ];
    for (const [snippet, error] of cases) {
      const dir = writeEvalData(tempDir());
      fs.writeFileSync(
        path.join(dir, DATA_FILES.cuadMini),
        JSON.stringify({ tests: [{ query: 'q', snippets: [snippet] }] }),
      );
      expect(() => loadLegalBench(dir)).toThrow(error);
    }
  });

  it('refuses overlapping gold spans, which the metric assumes disjoint', () => {
    const dir = writeEvalData(tempDir());
    const snippets = [
      { file_path: 'cuad/Contract A.txt', span: [0, 20] },
      { file_path: 'cuad/Contract A.txt', span: [10, 30] },
    ];
    fs.writeFileSync(path.join(dir, DATA_FILES.cuadMini), JSON.stringify({ tests: [{ query: 'q', snippets }] }));
    expect(() => loadLegalBench(dir)).toThrow(/overlap/);
  });
});

const realDir = defaultDataDir();
describe.skipIf(!fs.existsSync(path.join(realDir, DATA_FILES.cuadMini)))('real LegalBench-RAG data', () => {
  it('matches the paper\'s mini statistics (Table 3)', () => {
    const set = loadLegalBench(realDir);
    expect(set.stats.cuad).toEqual({ tests: 194, docs: 29, chars: 1_211_773 });
    expect(set.stats.privacy_qa).toEqual({ tests: 194, docs: 7, chars: 176_864 });
    expect(set.docs).toHaveLength(36);
  });
});
