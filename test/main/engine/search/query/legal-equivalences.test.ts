import { describe, expect, it } from 'vitest';
import { equivalentsFor, LEGAL_EQUIVALENCES } from '../../../../../src/main/engine/search/query/legal-equivalences';
import { buildMatchExpression, DEFAULT_LEXICAL_OPTIONS } from '../../../../../src/main/engine/search/lexical-search';
import { parseQuery } from '../../../../../src/main/engine/search/query/parse-query';
import { ClauseEngine } from '../../../../../src/main/engine/engine';
import { textWithClauses } from '../../../../helpers/sample-store';

describe('legal equivalences', () => {
  it('gives every group a reason', () => {
    for (const g of LEGAL_EQUIVALENCES) expect(g.reason.length).toBeGreaterThan(20);
  });

  it('brings the other wording of a derived word and of a phrase', () => {
    expect(equivalentsFor(['indemnification'])).toEqual([{ phrase: ['hold', 'harmless'] }]);
    expect(equivalentsFor(['hold', 'harmless'])).toEqual([{ word: 'indemnify', root: 'indemnif' }]);
    expect(equivalentsFor(['assignment', 'transfer'])).toEqual([]);
    expect(equivalentsFor(['payment'])).toEqual([]);
  });

  it('reaches FTS5 only as quoted strings and prefixes', () => {
    const expr = buildMatchExpression(parseQuery('cancel the order'), { ...DEFAULT_LEXICAL_OPTIONS, equivalences: true });
    expect(expr).toContain('"terminate"');
    expect(expr).toContain('"terminat"*');
    expect(buildMatchExpression(parseQuery('cancel the order'), { ...DEFAULT_LEXICAL_OPTIONS, equivalences: false })).not.toContain('terminat');
  });

  it('finds a hold-harmless clause for an indemnification query', () => {
    const engine = ClauseEngine.open(':memory:');
    const { text, clauses } = textWithClauses([
      { number: '1', body: 'Supplier shall hold harmless the Customer from all third-party claims.' },
      { number: '2', body: 'The Customer shall pay all invoices within thirty days.' },
    ]);
    engine.addPresegmentedDocument({ path: '/a.pdf', title: 'A', text, clauses });
    expect(engine.rankLexical('indemnification obligations', 5)).toHaveLength(1);
    engine.close();
  });
});
