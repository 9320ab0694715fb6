import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../src/main/engine/engine';

describe('clause types and column sets', () => {
  it('lists the 41 CUAD types with descriptions and requests, in CUAD order', () => {
    const engine = ClauseEngine.open(':memory:');
    const types = engine.review.listTypes();
    expect(types).toHaveLength(41);
    expect(types[0]).toMatchObject({ id: 'document-name', name: 'Document Name', builtIn: true, hidden: false });
    expect(types.map((t) => t.name)).toContain('Rofr/Rofo/Rofn');
    expect(new Set(types.map((t) => t.id)).size).toBe(41);
    for (const t of types) {
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.request.length).toBeGreaterThan(5);
    }
    engine.close();
  });

  it("adds a user's column that searches its question, edits and hides it, and keeps names unique", () => {
    const engine = ClauseEngine.open(':memory:');
    const added = engine.review.addType({ name: 'Data breach notification', description: 'notify security breach personal data within hours' });
    expect(added).toMatchObject({ id: 'custom-1', builtIn: false, request: 'notify security breach personal data within hours', valueKind: 'yesno' });
    expect(() => engine.review.addType({ name: 'data BREACH notification', description: 'x y' })).toThrow(/already exists/);
    expect(() => engine.review.addType({ name: '  ', description: 'x' })).toThrow(/name; it cannot be empty/);
    const edited = engine.review.editType('custom-1', { request: 'breach notification' });
    expect(edited.request).toBe('breach notification');
    engine.review.hideType('custom-1');
    engine.review.hideType('governing-law');
    const types = engine.review.listTypes();
    expect(types.find((t) => t.id === 'custom-1')!.hidden).toBe(true);
    expect(types.find((t) => t.id === 'governing-law')).toMatchObject({ hidden: true, name: 'Governing Law', builtIn: true });
    expect(engine.review.addType({ name: 'Second', description: 'q' }).id).toBe('custom-2');
    engine.close();
  });

  it('saves, replaces, lists and deletes column sets; unknown ids and names are refused', () => {
    const engine = ClauseEngine.open(':memory:');
    engine.review.saveColumnSet('NDA review', ['governing-law', 'non-disparagement']);
    engine.review.saveColumnSet('M&A diligence', ['change-of-control', 'anti-assignment']);
    engine.review.saveColumnSet('nda review', ['governing-law']);
    const sets = engine.review.listColumnSets();
    expect(sets.map((s) => [s.name, s.typeIds])).toEqual([
      ['M&A diligence', ['change-of-control', 'anti-assignment']],
      ['NDA review', ['governing-law']],
    ]);
    expect(() => engine.review.saveColumnSet('Bad', ['nope'])).toThrow(/no clause type with id "nope"/);
    expect(() => engine.review.saveColumnSet('Empty', [])).toThrow(/at least one column/);
    expect(() => engine.review.types.getSet('missing')).toThrow(/no column set named "missing"/);
    expect(engine.review.deleteColumnSet('M&A diligence')).toBe(true);
    expect(engine.review.listColumnSets()).toHaveLength(1);
    engine.close();
  });
});
