import { openLibrary } from './library-key';
import { pinpointCitation } from '../engine/export/citation';
import { formatClause } from './format-text';
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
      out.write(JSON.stringify({ ...context, citation: pinpointCitation(context.clause) }, null, 2) + '\n');
      return 0;
    }
    out.write(`${pinpointCitation(context.clause)}\n${context.clause.documentPath}\n\n`);
    for (const c of context.before) out.write(formatClause(c, '   ') + '\n');
    out.write(formatClause(context.clause, '>> ') + '\n');
    for (const c of context.after) out.write(formatClause(c, '   ') + '\n');
    return 0;
  } finally {
    engine.close();
  }
}
