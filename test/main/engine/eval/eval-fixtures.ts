/** A tiny eval-data folder with the real layout, for loader and runner tests. */
import fs from 'node:fs';
import path from 'node:path';

export interface FixtureOptions {
  /** Rows "query-id\tcorpus-id\tscore" after the header, per split; raw text so tests can quote. */
  qrels?: { train: string; valid: string };
  queries?: Array<{ _id: string; text: string; split: string }>;
}

export const ACORD_CORPUS = [
  { _id: 'c1', text: 'The Licensor provides the software "as is" without warranty.' },
  { _id: 'c2', text: 'This Agreement is governed by the laws of New York.' },
  { _id: 'c3', text: 'Either party may terminate on thirty days notice.' },
  { _id: 'c4', text: 'Neither party may assign this Agreement without consent.' },
];

export const CUAD_TEXT = 'Governing law. This Agreement is governed by New York law. Term. It lasts five years.';
export const PRIVACY_TEXT = 'We collect your email. We share data with advertisers. You may opt out.';

function write(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

export function writeEvalData(dir: string, opts: FixtureOptions = {}): string {
  const queries = opts.queries ?? [
    { _id: '"as is" clause with carveouts', text: '"as is" clause with carveouts', split: 'train' },
    { _id: 'New York Governing Law', text: 'New York Governing Law', split: 'train' },
    { _id: 'Termination for convenience', text: 'Termination for convenience', split: 'valid' },
  ];
  const qrels = opts.qrels ?? {
    train: [
      '"""as is"" clause with carveouts"\tc1\t3',
      '"""as is"" clause with carveouts"\tc2\t0',
      'New York Governing Law\tc2\t4',
      'New York Governing Law\tc3\t0',
      'New York Governing Law\tc4\t1',
    ].join('\n'),
    valid: ['Termination for convenience\tc3\t2', 'Termination for convenience\tc4\t0'].join('\n'),
  };
  const jsonl = (rows: object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  write(path.join(dir, 'raw/acord/corpus.jsonl'), jsonl(ACORD_CORPUS));
  write(path.join(dir, 'raw/acord/queries.jsonl'), jsonl(queries.map((q) => ({ _id: q._id, text: q.text, metadata: { split: q.split } }))));
  for (const split of ['train', 'valid'] as const) {
    write(path.join(dir, `raw/acord/qrels/${split}.tsv`), `query-id\tcorpus-id\tscore\n${qrels[split]}\n`);
  }

  write(path.join(dir, 'raw/cuad_v1/full_contract_txt/Contract A.txt'), CUAD_TEXT);
  write(path.join(dir, 'raw/cuad_v1/full_contract_txt/Unused.txt'), 'Not referenced by any test.');
  write(
    path.join(dir, 'derived/legalbenchrag_cuad_reconstructed/cuad_mini_194.json'),
    JSON.stringify({
      tests: [
        {
          query: 'Consider Contract A; which law governs?',
          snippets: [{ file_path: 'cuad/Contract A.txt', span: [15, 58], answer: CUAD_TEXT.slice(15, 58) }],
        },
        { query: 'Consider Contract A; how long is the term?', snippets: [{ file_path: 'cuad/Contract A.txt', span: [65, 85] }] },
      ],
    }),
  );
  write(path.join(dir, 'raw/legalbenchrag_privacy_qa/corpus/privacy_qa/Policy P.txt'), PRIVACY_TEXT);
  write(
    path.join(dir, 'raw/legalbenchrag_privacy_qa/privacy_qa.json'),
    JSON.stringify({
      tests: [
        {
          query: 'Consider "P"\'s privacy policy; do they share my data?',
          snippets: [{ file_path: 'privacy_qa/Policy P.txt', span: [23, 55], answer: PRIVACY_TEXT.slice(23, 55) }],
        },
      ],
    }),
  );
  return dir;
}
