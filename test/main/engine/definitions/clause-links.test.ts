import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import { cli } from '../../../helpers/run-cli';
import { tempDir } from '../../../helpers/temp-dir';

const CONTRACT = [
  'SUPPLY AGREEMENT',
  '',
  'This Supply Agreement is made on 1 May 2024 (the "Effective Date") between Acme Inc. ("Supplier") and Beta LLC ("Buyer").',
  '',
  '1. Definitions',
  '',
  '1.1 "Products" means the widgets listed in Schedule 1.',
  '',
  '1.2 "Change of Control" means a merger, sale of substantially all assets or transfer of a majority of the voting shares.',
  '',
  '2. Term',
  '',
  '2.1 This Agreement begins on the Effective Date and lasts three years unless terminated under Section 5.1.',
  '',
  '5. Termination',
  '',
  '5.1 Either party may terminate on a Change of Control of the other, and Supplier may stop delivering Products.',
  '',
  'SCHEDULE 1',
  '',
  'Widgets of type A and B.',
  '',
].join('\n');

describe('clause links (definitions used, clauses referred to)', () => {
  it('are found at ingest and come with every opened clause', async () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'supply.txt'), CONTRACT);
    const engine = ClauseEngine.open(':memory:');
    await engine.ingest([folder], { embed: false });
    const clauses = engine.db.prepare('SELECT id, number, text FROM clauses ORDER BY ordinal').all() as Array<{ id: number; number: string | null; text: string }>;
    const term = clauses.find((c) => c.number === '2.1')!;
    const termination = clauses.find((c) => c.number === '5.1')!;

    const termLinks = engine.getClauseLinks(term.id);
    expect(termLinks.definitions.map((d) => d.term)).toEqual(['Effective Date']);
    expect(termLinks.references).toHaveLength(1);
    expect(termLinks.references[0]).toMatchObject({ kind: 'section', label: 'Section 5.1', targetClauseId: termination.id });
    expect(term.text.slice(termLinks.references[0]!.start, termLinks.references[0]!.end)).toBe('5.1');

    const used = engine.getClauseLinks(termination.id).definitions.map((d) => d.term).sort();
    expect(used).toEqual(['Change of Control', 'Products', 'Supplier']);
    const products = clauses.find((c) => c.number === '1.1')!;
    const schedule = engine.getClauseLinks(products.id).references[0]!;
    expect(schedule.label).toBe('Schedule 1');
    expect(engine.getClause(schedule.targetClauseId!).heading).toBe('SCHEDULE 1');
    engine.close();
  });

  it('fill in for a library stored before they existed, and show --json carries them', async () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'supply.txt'), CONTRACT);
    const db = path.join(tempDir(), 'lib.db');
    expect((await cli('ingest', '--db', db, folder)).code).toBe(0);
    const engine = ClauseEngine.open(db);
    engine.db.exec('DELETE FROM definitions; DELETE FROM clause_references; DELETE FROM definition_runs;');
    const id = (engine.db.prepare("SELECT id FROM clauses WHERE number = '2.1'").pluck().get() as number);
    engine.close();
    const shown = JSON.parse((await cli('show', '--db', db, '--json', String(id))).stdout) as { links: { definitions: Array<{ term: string }>; references: Array<{ label: string }> } };
    expect(shown.links.definitions.map((d) => d.term)).toEqual(['Effective Date']);
    expect(shown.links.references.map((r) => r.label)).toEqual(['Section 5.1']);
    const human = await cli('show', '--db', db, String(id));
    expect(human.stdout).toMatch(/refers to: Section 5\.1 → clause \d+/);
  });
});
