import { openLibrary } from './library-key';
import type { SearchMode, SearchResponse, SearchResult } from '../../shared/api';
import { ClauseEngine, DEFAULT_TOP_K, DEFAULT_TOP_N } from '../engine/engine';
import { pageCitation } from '../../shared/page-citation';
import { formatResult } from './format-text';
import { loadModelsOption, usableMode } from './models-option';
import { parseCommand, positiveInt, requireDb } from './options';
import { UsageError } from './usage-error';

const MODES: readonly SearchMode[] = ['lexical', 'hybrid', 'full'];

export async function searchCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    'top-k': { type: 'string' },
    'top-n': { type: 'string' },
    mode: { type: 'string' },
    models: { type: 'string' },
    explain: { type: 'boolean' },
  });
  const db = requireDb(values.db);
  const asked = (values.mode ?? (values.models ? 'full' : 'lexical')) as SearchMode;
  if (!MODES.includes(asked)) throw new UsageError(`--mode must be one of ${MODES.join(', ')}.`);
  if (asked !== 'lexical' && !values.models) {
    throw new UsageError(`--mode ${asked} needs --models DIR (a folder with bi-encoder/ and cross-encoder/).`);
  }
  const topK = positiveInt('top-k', values['top-k'], DEFAULT_TOP_K);
  const topN = positiveInt('top-n', values['top-n'], DEFAULT_TOP_N);
  const query = positionals.join(' ');
  const engine = await openLibrary(db);
  try {
    const status = await loadModelsOption(engine, values.models, err);
    const mode = usableMode(asked, status, err);
    const response = await engine.search(query, { topK, topN, mode });
    if (values.json && values.explain) out.write(JSON.stringify({ ...response, results: response.results.map(toJsonResult), device: status?.device ?? null }, null, 2) + '\n');
    // The array stays DESIGN.md's; a scoped query's scope rides on every result.
    else if (values.json) out.write(JSON.stringify(response.results.map((r) => ({ ...toJsonResult(r), scope: response.scope ?? null })), null, 2) + '\n');
    else out.write(formatResponse(response, values.explain ?? false));
    return 0;
  } finally {
    engine.close();
  }
}

/** DESIGN.md's result record, with the stage trace; match offsets included for highlighting. */
function toJsonResult(r: SearchResult) {
  const { documentId, documentTitle, documentPath, clauseId, clauseNumber, heading, pageStart, pageEnd, charStart, charEnd, text, matches, stages } = r;
  // printedPageStart/End: the numbers printed on the pages (null where none can be trusted); pageCitation: how to cite them.
  const printed = { printedPageStart: r.printedPageStart ?? null, printedPageEnd: r.printedPageEnd ?? null, pageCitation: pageCitation(r) };
  return { rank: r.rank, score: r.score, documentId, documentTitle, documentPath, clauseId, clauseNumber, heading, pageStart, pageEnd, ...printed, charStart, charEnd, text, matches, stages };
}

function formatResponse(response: SearchResponse, explain: boolean): string {
  const scope = response.scope ? [`${response.scope.label} — ranked on "${response.scope.question}"${explain ? `: ${response.scope.reason}` : ''}`, ''] : [];
  if (response.results.length === 0) return `${scope.join('\n')}No clause matches "${response.query}".\n`;
  const lines = [...scope, ...response.results.map(formatResult)];
  if (explain) lines.push('', ...explainTable(response));
  return lines.join('\n') + '\n';
}

/** The trace of every result as a table: why each clause ranked where it did. */
function explainTable(response: SearchResponse): string[] {
  const cell = (v: number | null, digits = 0) => (v === null ? '—' : digits ? v.toFixed(digits) : String(v));
  const lines = [
    `mode ${response.mode}`,
    'rank  clause  lexical rank  bm25 score  semantic rank  cos distance  fused rank  fused score  rerank score  best window',
  ];
  for (const r of response.results) {
    const s = r.stages;
    const window = s.rerankWindow ? `${s.rerankWindow[0]}–${s.rerankWindow[1]}` : '—';
    lines.push(
      [
        String(r.rank).padStart(4),
        String(r.clauseId).padStart(6),
        cell(s.lexicalRank).padStart(12),
        cell(s.lexicalScore, 3).padStart(10),
        cell(s.semanticRank).padStart(13),
        cell(s.semanticDistance, 4).padStart(12),
        cell(s.fusedRank).padStart(10),
        cell(s.fusedScore, 5).padStart(11),
        cell(s.rerankScore, 4).padStart(12),
        window.padStart(11),
      ].join('  '),
    );
  }
  lines.push('', `timings (ms): ${Object.entries(response.timings).map(([k, v]) => `${k.replace(/Ms$/, '')} ${v.toFixed(1)}`).join(', ')}`);
  if (response.rerank) lines.push(`re-rank cache: ${response.rerank.cacheHits} hits, ${response.rerank.cacheMisses} misses of ${response.rerank.windows} windows`);
  return lines;
}
