import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../../src/main/engine/engine';
import { joinedPairs } from '../../../../../src/main/engine/search/query/joined-pairs';
import { textWithClauses } from '../../../../helpers/sample-store';

describe('joined query pairs (OCR merges words)', () => {
  it('joins adjacent word pairs that are long enough to be specific', () => {
    expect(joinedPairs(['of', 'the', 'supplier'])).toEqual(['thesupplier']);
    expect(joinedPairs(['glam', 'is'])).toEqual(['glamis']);
    expect(joinedPairs(['4', 'a', 'fee'])).toEqual([]);
  });

  it('finds a clause whose scanned text merged the query words, and highlights the merged word', async () => {
    const engine = ClauseEngine.open(':memory:');
    const { text, clauses } = textWithClauses([
      { number: '1', body: '1. Thesupplier shall deliver the goods.' },
      { number: '2', body: '2. Payment is due in thirty days.' },
    ]);
    engine.addPresegmentedDocument({ path: '/scan.pdf', title: 'Scan', text, clauses });
    const [hit] = (await engine.search('the supplier deliver')).results;
    expect(hit!.clauseNumber).toBe('1');
    expect(hit!.matches.map(([s, e]) => hit!.text.slice(s, e))).toContain('Thesupplier');
    const onlyMerged = (await engine.search('the supplier')).results;
    expect(onlyMerged.map((r) => r.clauseNumber)).toEqual(['1']);
    engine.close();
  });
});
