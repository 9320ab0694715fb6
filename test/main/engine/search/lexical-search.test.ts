import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import { buildMatchExpression, DEFAULT_LEXICAL_OPTIONS } from '../../../../src/main/engine/search/lexical-search';
import { parseQuery } from '../../../../src/main/engine/search/query/parse-query';
import { QueryError } from '../../../../src/shared/errors';
import { textWithClauses } from '../../../helpers/sample-store';

function engineWithContract(): ClauseEngine {
  const engine = ClauseEngine.open(':memory:');
  const { text, clauses } = textWithClauses([
    { number: '1', heading: 'Definitions', body: '1. Definitions. "Affiliate" means any entity controlling a party.' },
    { number: '4.2', heading: 'Payment', body: '4.2 Payment. The Customer shall pay all invoices within thirty days.' },
    { number: '5', heading: 'Force Majeure', body: '5. Force Majeure. Neither party is liable for delay caused by flood, fire or acts of God.' },
    { number: '9', heading: 'Liability', body: '9. Liability. The force of this clause limits liability; majeure events are excluded.' },
  ]);
  engine.addPresegmentedDocument({ path: '/msa.pdf', title: 'Master Services Agreement', text, clauses });
  return engine;
}

describe('lexical search', () => {
  it('ranks the clause with the phrase above one with the same words apart', async () => {
    const engine = engineWithContract();
    const results = (await engine.search('force majeure')).results;
    expect(results.map((r) => r.clauseNumber).slice(0, 2)).toEqual(['5', '9']);
    expect(results[0]).toMatchObject({ documentTitle: 'Master Services Agreement', heading: 'Force Majeure', pageStart: 1 });
    expect(results[0]!.stages.lexicalRank).toBe(1);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('returns match offsets that point at the matched words in the clause text', async () => {
    const engine = engineWithContract();
    const [top] = (await engine.search('flood')).results;
    expect(top!.matches.length).toBeGreaterThan(0);
    expect(top!.matches.map(([s, e]) => top!.text.slice(s, e).toLowerCase())).toContain('flood');
  });

  it('highlights the words of the clause asked for, not of another matching clause', async () => {
    const engine = ClauseEngine.open(':memory:');
    for (let d = 0; d < 4; d++) {
      const { text, clauses } = textWithClauses(
        Array.from({ length: 5 }, (_, i) => ({ number: String(i + 1), body: `${'x'.repeat(d + i)} the flood clause ${d}-${i}` })),
      );
      engine.addPresegmentedDocument({ path: `/d${d}.pdf`, title: `D${d}`, text, clauses });
    }
    const { results } = await engine.search('flood', { topK: 20 });
    expect(results).toHaveLength(20);
    for (const r of results) expect(r.matches.map(([s, e]) => r.text.slice(s, e))).toEqual(['flood']);
  });

  it('finds a section reference', async () => {
    expect((await engineWithContract().search('Section 4.2')).results[0]!.clauseNumber).toBe('4.2');
  });

  it('never lets FTS5 syntax through: every nasty query runs or gets a QueryError', async () => {
    const engine = engineWithContract();
    const nasty = ['"', '*', 'AND', 'OR NOT', 'NEAR(', 'NEAR(a b', '(((', ')', 'text:', 'heading:payment', '^pay', '-pay', 'pay*',
      '"force majeure', 'a"b', "'", '🙂 flood 🙂', 'x'.repeat(10_000), 'pay '.repeat(2500), '\u0000', 'NOT', '+', '{heading}: pay'];
    for (const q of nasty) {
      try {
        const response = (await engine.search(q));
        expect(Array.isArray(response.results)).toBe(true);
      } catch (error) {
        expect(error, `query ${JSON.stringify(q.slice(0, 20))}`).toBeInstanceOf(QueryError);
      }
    }
    expect((await engine.search('heading:payment')).results[0]!.clauseNumber).toBe('4.2');
    expect((await engine.search('NEAR(flood')).results[0]!.clauseNumber).toBe('5');
  });

  it('quotes every word that reaches MATCH', async () => {
    const match = buildMatchExpression(parseQuery('NEAR(x) AND "y z"'));
    expect(match).toBe('("near" OR "x" OR "y" OR "z" OR "y z")');
    const withPairs = buildMatchExpression(parseQuery('NEAR(x) AND "y z"'), { ...DEFAULT_LEXICAL_OPTIONS, adjacentPairs: true, proximityWindow: 4 });
    expect(withPairs).toBe('("near" OR "x" OR "y" OR "z" OR "y z" OR "near x" OR "x y" OR NEAR("near" "x", 4) OR NEAR("x" "y", 4) OR NEAR("y" "z", 4))');
  });

  it('restricts ranking to given clauses or documents', async () => {
    const engine = engineWithContract();
    const all = (await engine.search('party')).results.map((r) => r.clauseId);
    expect(all.length).toBe(2);
    expect((await engine.search('party', { clauseIds: [all[1]!] })).results.map((r) => r.clauseId)).toEqual([all[1]]);
    expect((await engine.search('party', { documentIds: [999] })).results).toEqual([]);
  });
});
