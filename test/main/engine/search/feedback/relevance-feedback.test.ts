import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../../src/main/engine/engine';
import { expansionTerms, lexicalSearchWithFeedback } from '../../../../../src/main/engine/search/feedback/relevance-feedback';
import { DEFAULT_LEXICAL_OPTIONS, lexicalSearch } from '../../../../../src/main/engine/search/lexical-search';
import { parseQuery } from '../../../../../src/main/engine/search/query/parse-query';
import { textWithClauses } from '../../../../helpers/sample-store';

function engineWith(bodies: string[]): ClauseEngine {
  const engine = ClauseEngine.open(':memory:');
  const { text, clauses } = textWithClauses(bodies.map((body, i) => ({ number: String(i + 1), body })));
  engine.addPresegmentedDocument({ path: '/x.pdf', title: 'X', text, clauses });
  return engine;
}

describe('RM3 feedback', () => {
  const bodies = [
    'Licensee shall pay a royalty on net sales with each quarterly statement.',
    'The royalty is due on net sales, reported in a quarterly statement.',
    'Net sales and the quarterly statement are audited once a year.',
    'The parties shall meet to discuss marketing plans.',
    // Unrelated clauses, so that words of the royalty clauses are rare in the library.
    ...['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'].map(
      (w) => `Notices about ${w} go to the address on file.`,
    ),
  ];

  it('picks words the top clauses share and the query lacks', () => {
    const engine = engineWith(bodies);
    const query = parseQuery('royalty');
    const top = lexicalSearch(engine.db, query, 2, {}, DEFAULT_LEXICAL_OPTIONS);
    const terms = expansionTerms(engine.db, query, top, 4);
    expect(terms).not.toContain('royalty');
    expect(terms).toEqual(expect.arrayContaining(['net', 'sales', 'quarterly', 'statement']));
    engine.close();
  });

  it('lifts a clause that only shares the expansion words, below the ones that match the query', () => {
    const engine = engineWith(bodies);
    const query = parseQuery('royalty');
    expect(lexicalSearch(engine.db, query, 10, {}, DEFAULT_LEXICAL_OPTIONS)).toHaveLength(2);
    const hits = lexicalSearchWithFeedback(engine.db, query, 10, {}, DEFAULT_LEXICAL_OPTIONS, { clauses: 2, terms: 4, weight: 0.3 });
    const numbers = hits.map((h) => engine.getClause(h.clauseId)!.number);
    expect(numbers.slice(0, 3).sort()).toEqual(['1', '2', '3']);
    expect(numbers[2]).toBe('3');
    expect(numbers).not.toContain('4');
    engine.close();
  });
});
