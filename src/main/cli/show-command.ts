import { openLibrary } from './library-key';
import { pinpointCitation } from '../engine/export/citation';
import { indexVersion } from '../engine/provenance/index-version';
import { clauseProvenance } from '../engine/provenance/provenance';
import { formatClause, snippet } from './format-text';
import { clauseIds, parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

export async function showCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    context: { type: 'string' },
  });
  const ids = clauseIds(positionals);
  if (ids.length !== 1) throw new UsageError('Give exactly one clause id to show.');
  const radius = values.context === undefined ? 2 : Number(values.context);
  if (!Number.isInteger(radius) || radius < 0) throw new UsageError('--context must be a whole number of clauses (0 or more).');
  const engine = await openLibrary(requireDb(values.db));
  try {
    const context = engine.getClauseContext(ids[0]!, radius);
    if (values.json) {
      const provenance = clauseProvenance(context.clause, { indexVersion: indexVersion(engine.db) });
      const links = engine.getClauseLinks(ids[0]!);
      out.write(JSON.stringify({ ...context, citation: pinpointCitation(context.clause), provenance, links }, null, 2) + '\n');
      return 0;
    }
    out.write(`${pinpointCitation(context.clause)}\n${context.clause.documentPath}\n\n`);
    for (const c of context.before) out.write(formatClause(c, '   ') + '\n');
    out.write(formatClause(context.clause, '>> ') + '\n');
    for (const c of context.after) out.write(formatClause(c, '   ') + '\n');
    const links = engine.getClauseLinks(ids[0]!);
    for (const d of links.definitions) out.write(`defined: ${snippet(d.text, 200)}  [clause ${d.clauseId}]\n`);
    for (const r of links.references) out.write(`refers to: ${r.label} → ${r.targetClauseId === null ? 'no such clause found' : `clause ${r.targetClauseId}${r.targetLabel ? ` (${r.targetLabel})` : ''}`}\n`);
    return 0;
  } finally {
    engine.close();
  }
}
