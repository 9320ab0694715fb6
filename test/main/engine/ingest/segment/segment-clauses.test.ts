import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE_CHARS, segmentClauses } from '../../../../../src/main/engine/ingest/segment/segment-clauses';
import type { SegmentedClause } from '../../../../../src/main/engine/ingest/types';
import { clauseInvariantProblems } from './clause-invariants';

/** Segments and checks the contract every result must meet. */
function segment(text: string): SegmentedClause[] {
  const clauses = segmentClauses(text);
  expect(clauseInvariantProblems(text, clauses)).toEqual([]);
  return clauses;
}

function find(text: string, clauses: SegmentedClause[], number: string): SegmentedClause & { text: string } {
  const c = clauses.find((x) => x.number === number);
  if (!c) throw new Error(`no clause ${number} in ${clauses.map((x) => x.number).join(', ')}`);
  return { ...c, text: text.slice(c.charStart, c.charEnd) };
}

/** The clause holding the first occurrence of `needle`. */
function holding(text: string, clauses: SegmentedClause[], needle: string): SegmentedClause & { text: string } {
  const at = text.indexOf(needle);
  const c = clauses.find((x) => x.charStart <= at && at + needle.length <= x.charEnd);
  if (!c) throw new Error(`"${needle}" is split across clauses`);
  return { ...c, text: text.slice(c.charStart, c.charEnd) };
}

const SUPPLY = `MASTER SUPPLY AGREEMENT

This Master Supply Agreement is made on 1 March 2021 between Alder Foods Ltd ("Buyer") and Birch Packaging plc ("Supplier").

WHEREAS the Supplier makes cartons and the Buyer wishes to buy them.

ARTICLE I

DEFINITIONS

1.1 "Goods" means the cartons described in Schedule 1.

1.2 "Price" means the price set out in Schedule 2.

ARTICLE II

SUPPLY

2.1 Orders. The Buyer may place orders at any time during the Term.

2.2 Delivery. The Supplier shall deliver the Goods within ten days of each order and shall bear the cost of carriage to the Buyer's warehouse.

2.3 Acceptance.

(a) Inspection. The Buyer shall inspect the Goods on delivery and may reject any Goods that do not conform to the order.

(b) Replacement. The Supplier shall replace rejected Goods within five days at its own cost.

(i) Replacement Goods are subject to inspection under paragraph (a).

(ii) The Supplier bears the cost of collecting rejected Goods.

(c) Deemed acceptance. Goods not rejected within thirty days are accepted.

ARTICLE III

GENERAL

3.1 Force Majeure. Neither party is liable for delay caused by events beyond its reasonable control, including flood, fire and strikes.

3.2 Governing Law. This Agreement is governed by the laws of England.

IN WITNESS WHEREOF the parties have signed this Agreement on the date above.

SCHEDULE 1

1. Folding cartons, printed in four colours.

2. Corrugated trays for fresh produce.
`;

describe('segmentClauses on a structured contract', () => {
  const clauses = segment(SUPPLY);

  it('numbers sections under their articles', () => {
    expect(find(SUPPLY, clauses, '2.2').path).toEqual(['II', '2.2']);
    expect(find(SUPPLY, clauses, '2.2').level).toBe(1);
    expect(find(SUPPLY, clauses, '3.1').path).toEqual(['III', '3.1']);
  });

  it('nests lettered and roman items, telling them apart', () => {
    expect(find(SUPPLY, clauses, '(b)').path).toEqual(['II', '2.3', '(b)']);
    expect(find(SUPPLY, clauses, '(ii)').path).toEqual(['II', '2.3', '(b)', '(ii)']);
    expect(find(SUPPLY, clauses, '(ii)').level).toBe(3);
    expect(find(SUPPLY, clauses, '(c)').path).toEqual(['II', '2.3', '(c)']);
  });

  it('reads run-in headings and heading lines', () => {
    expect(find(SUPPLY, clauses, '3.1').heading).toBe('Force Majeure');
    expect(find(SUPPLY, clauses, '(a)').heading).toBe('Inspection');
    // "2.3 Acceptance." has no text of its own and folds into its first item.
    expect(find(SUPPLY, clauses, '(a)').text.startsWith('2.3 Acceptance.')).toBe(true);
  });

  it('keeps a bare article title with the first section under it', () => {
    const first = find(SUPPLY, clauses, '1.1');
    expect(first.text.startsWith('ARTICLE I\n\nDEFINITIONS\n\n1.1')).toBe(true);
    expect(first.heading).toBe('DEFINITIONS');
  });

  it('splits the unnumbered preamble into paragraphs', () => {
    const preamble = holding(SUPPLY, clauses, 'This Master Supply Agreement');
    expect(preamble.number).toBeNull();
    expect(preamble.text).not.toContain('WHEREAS');
    expect(holding(SUPPLY, clauses, 'WHEREAS').number).toBeNull();
  });

  it('starts exhibits afresh and keeps the signature block out of the last section', () => {
    expect(find(SUPPLY, clauses, '3.2').text).not.toContain('IN WITNESS');
    const item = clauses.find((c) => c.number === '2' && c.path.length === 1);
    expect(item).toBeDefined();
  });
});

describe('segmentClauses on text flattened to long lines', () => {
  const FLAT =
    'CONSULTING AGREEMENT This Agreement is made between Cedar Ltd and Dana Roe. The parties agree as follows: ' +
    '1. DEFINITIONS 1.1 "Services" means the advice described in Schedule A. 1.2 "Fee" means the amount in Section 4. ' +
    '2. TERM 2.1 Initial Term. This Agreement runs for two years from the Effective Date. 2.2 Renewal. It renews for one year unless either party gives notice. ' +
    '3. FEES. The Company shall pay the Fee within 30 days of each invoice, subject to Section 2.2 of this Agreement.';
  const clauses = segment(FLAT);

  it('finds numbers run into the line after sentence ends and titles', () => {
    expect(clauses.map((c) => c.number)).toEqual([null, '1.1', '1.2', '2.1', '2.2', '3']);
    expect(find(FLAT, clauses, '2.2').heading).toBe('Renewal');
    expect(find(FLAT, clauses, '3').heading).toBe('FEES');
    expect(find(FLAT, clauses, '2.1').path).toEqual(['2', '2.1']);
  });

  it('does not cut at a cross-reference', () => {
    expect(find(FLAT, clauses, '3').text).toContain('subject to Section 2.2 of this Agreement.');
  });
});

describe('segmentClauses false-positive guards', () => {
  it('ignores quantities, dates and references that a wrapped line starts with', () => {
    const text = [
      '4. Volume. The Supplier shall deliver at least',
      '5,000 units each month and not more than',
      '2.5 million units in any year, starting on',
      '12 January 2022, as described in',
      'Section 4.2 of the Order Form and in',
      '(b) of Schedule 3.',
      '',
      '5. Price. The price is fixed.',
    ].join('\n');
    const clauses = segment(text);
    expect(clauses.map((c) => c.number)).toEqual(['4', '5']);
  });

  it('treats page numbers and running footers as furniture inside a clause', () => {
    const footer = 'Confidential - Supply Agreement';
    const text = [
      '1. Term. This Agreement starts on the Effective Date and continues until',
      '',
      '- 3 -',
      '',
      footer,
      '',
      'terminated by either party on six months notice.',
      '',
      '2. Notices. Notices must be in writing.',
      '',
      footer,
      '',
      '3. Waiver. No waiver is effective unless written.',
      '',
      'Page 4 of 9',
      '',
      footer,
    ].join('\n');
    const clauses = segment(text);
    expect(clauses.map((c) => c.number)).toEqual(['1', '2', '3']);
    expect(find(text, clauses, '1').text).toContain('terminated by either party');
  });

  it('does not make table cells into headings', () => {
    const text = ['Delivery points:', '', 'Calgary', '', 'Marion', '', '51,000', '', 'Agua Dulce', '', 'Nueces', '', '40,000'].join('\n');
    const clauses = segment(text);
    expect(clauses.every((c) => c.heading === null)).toBe(true);
  });

  it('keeps lower-case list items with the sentence that introduces them', () => {
    const text = [
      '7.1 Assignment. The Distributor must not assign this Agreement unless it',
      '',
      '(a) is not in breach of this Agreement;',
      '',
      '(b) obtains the prior written consent of the Company; and',
      '',
      '(c) procures that the assignee is bound by its terms.',
      '',
      '7.2 Subcontracting. The Distributor may subcontract with consent.',
    ].join('\n');
    const clauses = segment(text);
    expect(clauses.map((c) => c.number)).toEqual(['7.1', '7.2']);
  });
});

describe('segmentClauses granularity', () => {
  it('keeps a short list with the lead-in that ends in a colon', () => {
    const text = [
      '9. Termination. Either party may terminate this Agreement by notice if the other party:',
      '',
      '(a) Commits a material breach and fails to remedy it within 30 days.',
      '',
      '(b) Becomes insolvent.',
      '',
      '10. Survival. Clauses 4 and 8 survive termination.',
    ].join('\n');
    const clauses = segment(text);
    expect(clauses.map((c) => c.number)).toEqual(['9', '10']);
  });

  it('leaves long list items as clauses of their own', () => {
    const long = 'The Supplier shall maintain the insurance for the whole Term with an insurer of good standing. '.repeat(20);
    const text = ['9. Insurance. The Supplier shall maintain:', '', `(a) Liability cover. ${long}`, '', `(b) Property cover. ${long}`].join('\n');
    const clauses = segment(text);
    expect(clauses.map((c) => c.number)).toEqual(['9', '(a)', '(b)']);
  });

  it('cuts a very long clause at paragraph or sentence breaks, never above the cap', () => {
    const sentence = 'The Licensee shall keep complete records of all sales of Licensed Products in each territory. ';
    const text = `5. Records. ${sentence.repeat(40)}\n\n${sentence.repeat(40)}\n\n${sentence.repeat(40)}`;
    const clauses = segment(text);
    expect(clauses.length).toBeGreaterThan(1);
    expect(clauses[0]!.number).toBe('5');
    expect(clauses.slice(1).every((c) => c.number === null && c.path[0] === '5')).toBe(true);
    for (const c of clauses) {
      expect(c.charEnd - c.charStart).toBeLessThanOrEqual(MAX_CLAUSE_CHARS);
      expect(text[c.charEnd - 1]).toBe('.');
    }
  });

  it('gives a contract without numbers one clause per paragraph, with its headings', () => {
    const text = [
      'Letter Agreement',
      '',
      'Dear Ms Roe, this letter sets out the terms of your engagement.',
      '',
      'Governing Law',
      '',
      'This letter is governed by the laws of Ontario.',
      '',
      'You may end the engagement at any time by writing to us.',
    ].join('\n');
    const clauses = segment(text);
    expect(clauses).toHaveLength(3);
    expect(holding(text, clauses, 'governed by').heading).toBe('Governing Law');
    expect(holding(text, clauses, 'governed by').text.startsWith('Governing Law')).toBe(true);
  });

  it('keeps a sentence broken by a page turn in one clause', () => {
    const text = 'The Agent shall use its best efforts to promote the Products throughout the\n\n12\n\nTerritory and shall not sell competing goods.\n\nThe Principal shall supply brochures.';
    const clauses = segment(text);
    expect(clauses).toHaveLength(2);
  });

  it('makes a table of contents one clause and does not let it disturb the numbering', () => {
    const text = [
      'TABLE OF CONTENTS',
      '',
      '1. Definitions 1',
      '2. Term 2',
      '3. Fees 3',
      '',
      '1. Definitions',
      '',
      'In this Agreement the following words have the meanings given below.',
      '',
      '2. Term',
      '',
      'This Agreement lasts for three years from signature.',
    ].join('\n');
    const clauses = segment(text);
    expect(clauses[0]!.heading).toBe('TABLE OF CONTENTS');
    expect(clauses[0]!.number).toBeNull();
    expect(clauses.slice(1).map((c) => [c.number, c.heading])).toEqual([
      ['1', 'Definitions'],
      ['2', 'Term'],
    ]);
  });
});

describe('segmentClauses edge cases', () => {
  it('returns nothing for blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\n \t\n')).toEqual([]);
  });

  it('handles Windows line ends and a text without any structure', () => {
    const text = 'First paragraph of terms.\r\n\r\nSecond paragraph of terms.\r\n';
    expect(segment(text)).toHaveLength(2);
  });

  it('keeps its invariants on generated noise', () => {
    // A seeded mix of numbers, titles, words and line breaks: whatever the structure, the contract holds.
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const parts = ['1.', '2.1', '(a)', '(iv)', 'ARTICLE V', 'Section 3.2', 'DEFINITIONS', 'Term.', 'the', 'Buyer', 'shall', 'pay', '5,000', '.', ':', ';', '\n', '\n\n', '   ', 'Page 3', '(b)', 'A.', 'i.', '§ 4'];
    for (let doc = 0; doc < 200; doc++) {
      const words: string[] = [];
      const n = 5 + rand(200);
      for (let i = 0; i < n; i++) words.push(parts[rand(parts.length)]!);
      const text = words.join(rand(2) ? ' ' : '');
      expect(clauseInvariantProblems(text, segmentClauses(text)), text).toEqual([]);
    }
  });
});
