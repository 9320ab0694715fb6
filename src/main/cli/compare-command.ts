/** `clause-search compare`: the first clause as the standard, the others diffed against it word by word; optionally to DOCX. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareClauses } from '../engine/compare/compare-clauses';
import { comparisonDocx } from '../engine/compare/compare-docx';
import type { DiffRun } from '../../shared/word-diff';
import { ClauseEngine } from '../engine/engine';
import { pinpointCitation } from '../engine/export/citation';
import { clauseIds, parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

/** [-removed-] and {+added+}, as wdiff prints them. */
export function diffText(diff: readonly DiffRun[]): string {
  return diff.map((r) => (r.op === 'same' ? r.text : r.op === 'removed' ? `[-${r.text.trimEnd()}-]${r.text.slice(r.text.trimEnd().length)}` : `{+${r.text.trimEnd()}+}${r.text.slice(r.text.trimEnd().length)}`)).join('');
}

export async function compareCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, { db: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } });
  const ids = clauseIds(positionals);
  if (ids.length < 2) throw new UsageError('Give two or more clause ids: the first is the standard the others are compared with.');
  if (values.out !== undefined && !/\.docx$/i.test(values.out)) throw new UsageError('--out must name a .docx file.');
  const engine = ClauseEngine.open(requireDb(values.db));
  try {
    const comparison = compareClauses(ids.map((id) => engine.getClause(id)));
    if (values.out !== undefined) {
      writeFileSync(path.resolve(values.out), await comparisonDocx(comparison));
      out.write(`Wrote ${path.resolve(values.out)}\n`);
    } else if (values.json) {
      out.write(JSON.stringify(comparison.clauses.map((c) => ({ clauseId: c.clause.id, citation: pinpointCitation(c.clause), same: c.same, diff: c.diff })), null, 2) + '\n');
    } else {
      const [first, ...others] = comparison.clauses;
      const lines = [`Standard: ${pinpointCitation(first!.clause)}`, first!.clause.text, ''];
      for (const c of others) lines.push(`${pinpointCitation(c.clause)} — ${Math.round(100 * c.same)} % the same words`, diffText(c.diff), '');
      out.write(lines.join('\n'));
    }
    return 0;
  } finally {
    engine.close();
  }
}
