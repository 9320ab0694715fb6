/** `clause-search similar`: clauses of other contracts that are the same kind of clause as the one given. */
import { openLibrary } from './library-key';
import { ClauseEngine, DEFAULT_TOP_K } from '../engine/engine';
import { formatResult } from './format-text';
import { clauseIds, parseCommand, positiveInt, requireDb } from './options';
import { UsageError } from './usage-error';

export async function similarCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    'top-k': { type: 'string' },
  });
  const ids = clauseIds(positionals);
  if (ids.length !== 1) throw new UsageError('Give exactly one clause id to find clauses similar to.');
  const topK = positiveInt('top-k', values['top-k'], DEFAULT_TOP_K);
  const engine = await openLibrary(requireDb(values.db));
  try {
    const response = engine.findSimilar(ids[0]!, topK);
    if (values.json) out.write(JSON.stringify(response, null, 2) + '\n');
    else if (response.results.length === 0) out.write(`No clause of another contract resembles clause ${ids[0]}.\n`);
    else out.write([`Clauses like ${ids[0]} (words: ${response.terms.join(', ')})`, '', ...response.results.map(formatResult)].join('\n') + '\n');
    return 0;
  } finally {
    engine.close();
  }
}
