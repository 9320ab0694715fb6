import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../../src/main/engine/definitions/find-definitions';

describe('findDefinitions', () => {
  it('finds "X" means / shall mean / has the meaning, each up to the next definition', () => {
    const text = '"Affiliate" means any entity that controls a Party. "Change of Control" shall mean a merger or sale of assets. “Territory” has the meaning set forth in Section 2.1.';
    const found = findDefinitions(text);
    expect(found.map((d) => d.term)).toEqual(['Affiliate', 'Change of Control', 'Territory']);
    expect(found[0]!.text).toBe('"Affiliate" means any entity that controls a Party.');
    expect(found[1]!.text).toMatch(/^"Change of Control" shall mean a merger or sale of assets\.$/);
    expect(found.every((d) => d.form === 'means')).toBe(true);
    expect(text.slice(found[2]!.start, found[2]!.end)).toContain('Section 2.1');
  });

  it('finds parenthetical definitions with the sentence that defines them', () => {
    const text = 'This Agreement is made on 1 May 2024 (the "Effective Date") between Acme Inc. ("Acme") and Beta LLC (each a "Party"). Payment is due monthly.';
    const found = findDefinitions(text);
    expect(found.map((d) => d.term)).toEqual(['Effective Date', 'Acme', 'Party']);
    expect(found[0]!.text).toBe('This Agreement is made on 1 May 2024 (the "Effective Date")');
    expect(found.every((d) => d.form === 'parenthetical')).toBe(true);
  });

  it('ignores quoted prose that is not a term', () => {
    expect(findDefinitions('The notice must say "we terminate now." in full. He said "yes" means nothing here.')).toEqual([]);
  });
});
