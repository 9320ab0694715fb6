import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleAcord, loadAcord, parseQrels } from '../../../../src/main/engine/eval/acord-data';
import { DATA_FILES, defaultDataDir } from '../../../../src/main/engine/eval/data-paths';
import { tempDir } from '../../../helpers/temp-dir';
import { writeEvalData } from './eval-fixtures';

describe('parseQrels', () => {
  it('undoes CSV quoting of query ids', () => {
    const rows = parseQrels('query-id\tcorpus-id\tscore\n"""as is"" clause with carveouts"\te279fd792f\t3\n', 'q.tsv');
    expect(rows).toEqual([{ queryId: '"as is" clause with carveouts', corpusId: 'e279fd792f', score: 3 }]);
  });

  it('rejects a wrong header, a bad score, a short row and a repeated pair', () => {
    expect(() => parseQrels('qid\tdid\tscore\n', 'q.tsv')).toThrow(/header/);
    expect(() => parseQrels('query-id\tcorpus-id\tscore\nq\tc\t2.5\n', 'q.tsv')).toThrow(/"2.5".*not a whole number/);
    expect(() => parseQrels('query-id\tcorpus-id\tscore\nq\tc\n', 'q.tsv')).toThrow(/2 fields/);
    expect(() => parseQrels('query-id\tcorpus-id\tscore\nq\tc\t1\nq\tc\t2\n', 'q.tsv')).toThrow(/second time/);
  });
});

describe('assembleAcord', () => {
  const corpus = [
    { id: 'c1', text: 'one' },
    { id: 'c2', text: 'two' },
  ];
  const queries = [{ id: 'q', text: 'query q' }];

  it('fails loudly, naming the id, on a qrels query that is not in the queries file', () => {
    const splits = [{ split: 'train', rows: [{ queryId: 'ghost query', corpusId: 'c1', score: 1 }] }];
    expect(() => assembleAcord(corpus, queries, splits)).toThrow(/query id "ghost query"/);
  });

  it('fails loudly, naming the id, on a clause that is not in the corpus', () => {
    const splits = [{ split: 'train', rows: [{ queryId: 'q', corpusId: 'c9', score: 1 }] }];
    expect(() => assembleAcord(corpus, queries, splits)).toThrow(/corpus id "c9"/);
  });

  it('refuses a query judged in two splits', () => {
    const splits = [
      { split: 'train', rows: [{ queryId: 'q', corpusId: 'c1', score: 1 }] },
      { split: 'valid', rows: [{ queryId: 'q', corpusId: 'c2', score: 0 }] },
    ];
    expect(() => assembleAcord(corpus, queries, splits)).toThrow(/both the train and the valid/);
  });
});

describe('loadAcord', () => {
  it('reads train + valid into one pool per query, tagged with its split', () => {
    const dir = writeEvalData(tempDir());
    const set = loadAcord(dir);
    expect(set.corpus).toHaveLength(4);
    expect(set.queries.map((q) => [q.id, q.split, q.judgments.size])).toEqual([
      ['"as is" clause with carveouts', 'train', 2],
      ['New York Governing Law', 'train', 3],
      ['Termination for convenience', 'valid', 2],
    ]);
    expect(set.queries[1]!.judgments.get('c2')).toBe(4);
  });

  it('scores any split given with --qrels/--queries, named after the qrels file', () => {
    const dir = writeEvalData(tempDir());
    const qrelsFile = path.join(dir, 'test.tsv');
    const queriesFile = path.join(dir, 'test-queries.jsonl');
    fs.writeFileSync(qrelsFile, 'query-id\tcorpus-id\tscore\nHeld out\tc4\t2\n');
    fs.writeFileSync(queriesFile, JSON.stringify({ _id: 'Held out', text: 'Held out' }) + '\n');
    const set = loadAcord(dir, { qrelsFile, queriesFile });
    expect(set.queries.map((q) => [q.id, q.split])).toEqual([['Held out', 'test']]);
  });
});

// A light check of the real files when they are present (they are not in git).
const realDir = defaultDataDir();
describe.skipIf(!fs.existsSync(path.join(realDir, DATA_FILES.acordCorpus)))('real ACORD data', () => {
  it('loads 57 queries (51 train, 6 valid) over 3,931 clauses', () => {
    const set = loadAcord(realDir);
    expect(set.corpus).toHaveLength(3931);
    expect(set.queries.filter((q) => q.split === 'train')).toHaveLength(51);
    expect(set.queries.filter((q) => q.split === 'valid')).toHaveLength(6);
    expect(set.queries.reduce((n, q) => n + q.judgments.size, 0)).toBe(58529 + 6142);
    expect(set.queries.some((q) => q.id === '"as is" clause with carveouts')).toBe(true);
  });
});
