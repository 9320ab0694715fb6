import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import { telltaleTerms } from '../../../../src/main/engine/similar/clause-terms';
import { NotFoundError } from '../../../../src/shared/errors';
import { textWithClauses } from '../../../helpers/sample-store';

function library(): { engine: ClauseEngine; firstClauseOf: number[] } {
  const engine = ClauseEngine.open(':memory:');
  const contracts = [
    ['Licensee shall indemnify and hold harmless Licensor against all third-party claims arising from the products.', 'Payment is due within thirty days of invoice.'],
    ['Supplier shall indemnify and hold harmless Buyer from third-party claims caused by defective products.', 'Invoices are payable in thirty days.'],
    ['This Agreement is governed by the laws of the State of Delaware.', 'Buyer shall indemnify Supplier for claims arising from misuse.'],
  ];
  const firstClauseOf: number[] = [];
  contracts.forEach((bodies, d) => {
    const { text, clauses } = textWithClauses(bodies.map((body, i) => ({ number: String(i + 1), body })));
    const documentId = engine.addPresegmentedDocument({ path: `/c${d}.txt`, title: `Contract ${d}`, text, clauses });
    firstClauseOf.push(engine.db.prepare('SELECT min(id) FROM clauses WHERE document_id = ?').pluck().get(documentId) as number);
  });
  return { engine, firstClauseOf };
}

describe('find similar', () => {
  it('picks the clause words that say what kind of clause it is, not function words or numbers', () => {
    const { engine } = library();
    const terms = telltaleTerms(engine.db, 'The Licensee shall indemnify the Licensor within 30 days.', 3);
    expect(terms).toHaveLength(3);
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('30');
    expect(terms).toContain('licensee');
    engine.close();
  });

  it('ranks the same kind of clause from other contracts first, never the clause or its own contract', () => {
    const { engine, firstClauseOf } = library();
    const response = engine.findSimilar(firstClauseOf[0]!, 10);
    const titles = response.results.map((r) => r.documentTitle);
    expect(titles).not.toContain('Contract 0');
    expect(response.results[0]!.clauseId).toBe(firstClauseOf[1]);
    expect(response.results[0]!.matches.length).toBeGreaterThan(0);
    const indemnityOfThird = response.results.findIndex((r) => r.text.startsWith('Buyer shall indemnify'));
    const governingLaw = response.results.findIndex((r) => r.text.includes('governed'));
    expect(indemnityOfThird).toBeGreaterThan(0);
    expect(governingLaw === -1 || governingLaw > indemnityOfThird).toBe(true);
    engine.close();
  });

  it('says so when the clause does not exist', () => {
    const { engine } = library();
    expect(() => engine.findSimilar(9999)).toThrow(NotFoundError);
    engine.close();
  });
});
