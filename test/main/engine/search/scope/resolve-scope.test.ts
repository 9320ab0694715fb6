import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../../src/main/engine/engine';
import { buildNamingIndex } from '../../../../../src/main/engine/search/scope/naming-profiles';
import { resolveScope, splitNamingPart } from '../../../../../src/main/engine/search/scope/resolve-scope';
import { textWithClauses } from '../../../../helpers/sample-store';

const library = [
  { id: 1, title: 'Co-Branding Agreement', path: '/lib/2THEMART_CO-BRANDING AGREEMENT.txt', opening: 'CO-BRANDING AGREEMENT between 2TheMart.com, Inc. and i-Escrow, Inc. Indemnification follows.' },
  { id: 2, title: 'Supply Agreement', path: '/lib/FLOTEK_SUPPLY AGREEMENT.txt', opening: 'SUPPLY AGREEMENT between Florida Chemical Company, LLC and Flotek Chemistry, LLC.' },
  { id: 3, title: 'Service Agreement', path: '/lib/BICYCLE_SERVICE AGREEMENT.txt', opening: 'This Service Agreement is made between BicycleTx Limited and Nigel Crockett. Termination.' },
  { id: 4, title: 'Lease', path: '/lib/office lease.txt', opening: 'LEASE between Oak Properties and the Tenant.' },
];
const index = buildNamingIndex(library);

describe('resolveScope', () => {
  it('scopes a question that names its contract, and ranks the question alone', () => {
    const scope = resolveScope('Consider the Co-Branding Agreement between 2TheMart and i-Escrow; what is the notice period for termination?', index);
    expect(scope?.documentIds).toEqual([1]);
    expect(scope?.question).toBe('what is the notice period for termination?');
    expect(scope?.reason).toMatch(/2themart/);
  });

  it('drops "this contract" from the ranked question once scoped', () => {
    expect(resolveScope('Consider the Supply Agreement between Florida Chemical and Flotek; What is the expiration date of this contract?', index)?.question).toBe('What is the expiration date of?');
  });

  it('scopes a lead-in with a comma and a possessive name', () => {
    expect(resolveScope("In the Flotek supply agreement, who pays freight?", index)?.documentIds).toEqual([2]);
    expect(resolveScope("Nigel Crockett's service agreement: what is the notice period?", index)?.documentIds).toEqual([3]);
  });

  it('does not scope a party mentioned in passing inside the question', () => {
    expect(resolveScope('Can 2TheMart terminate the agreement for convenience?', index)).toBeNull();
    expect(resolveScope('What must Flotek pay if Florida Chemical breaches?', index)).toBeNull();
  });

  it('does not scope a topic set off like a name, nor a naming part without a question', () => {
    // "Indemnification" and "Termination" are in openings, but topics are not names.
    expect(resolveScope('Indemnification: who pays defence costs?', index)).toBeNull();
    expect(resolveScope('For termination, what notice is needed?', index)).toBeNull();
    expect(resolveScope('Consider the agreement; what is the governing law?', index)).toBeNull();
    expect(resolveScope('Consider the Co-Branding Agreement between 2TheMart and i-Escrow; ?', index)).toBeNull();
  });

  it('does not scope when the naming words fit no contract well', () => {
    expect(resolveScope('Consider the Distribution Agreement between Acme Widgets and Zenith Parts; what is the term?', index)).toBeNull();
  });

  it('splits on a semicolon before a colon inside a quoted title', () => {
    expect(splitNamingPart('Consider "TickTick: To Do List"\'s privacy policy; is my data saved?')).toEqual({
      naming: 'Consider "TickTick: To Do List"\'s privacy policy',
      question: 'is my data saved?',
    });
  });
});

describe('scoped search', () => {
  function engineWithTwoContracts(): ClauseEngine {
    const engine = ClauseEngine.open(':memory:');
    for (const [name, party] of [['Alpha Supply Agreement', 'Alpha Mining'], ['Beta Supply Agreement', 'Beta Foods']] as const) {
      const { text, clauses } = textWithClauses([
        { number: '1', body: `SUPPLY AGREEMENT between ${party} Corp and the Buyer.` },
        { number: '2', body: 'This Agreement is governed by the laws of New York.' },
        { number: '3', body: 'Either party may terminate on ninety days notice.' },
      ]);
      engine.addPresegmentedDocument({ path: `/lib/${name}.txt`, title: name, text, clauses });
    }
    return engine;
  }

  it('answers inside the named contract, says why, and can be turned off', async () => {
    const engine = engineWithTwoContracts();
    const q = 'Consider the Supply Agreement with Beta Foods; which law governs?';
    const scoped = await engine.search(q);
    expect(scoped.scope).toMatchObject({ label: 'in: Beta Supply Agreement', question: 'which law governs?' });
    expect(new Set(scoped.results.map((r) => r.documentTitle))).toEqual(new Set(['Beta Supply Agreement']));
    expect(scoped.results[0]!.clauseNumber).toBe('2');
    const free = await engine.search(q, { autoScope: false });
    expect(free.scope).toBeUndefined();
    expect(new Set(free.results.map((r) => r.documentTitle)).size).toBe(2);
    engine.close();
  });
});
