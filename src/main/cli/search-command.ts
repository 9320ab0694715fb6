import type { SearchMode, SearchResponse } from '../../shared/api';
import { DEFAULT_TOP_K, DEFAULT_TOP_N } from '../engine/engine';
import { ClauseEngine } from '../engine/engine';
import { formatResult } from './format-text';
import { parseCommand, positiveInt, requireDb } from './options';
import { UsageError } from './usage-error';

const MODES: readonly SearchMode[] = ['lexical', 'hybrid', 'full'];

export async function searchCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
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
  const mode = (values.mode ?? 'lexical') as SearchMode;
  if (!MODES.includes(mode)) throw new UsageError(`--mode must be one of ${MODES.join(', ')}.`);
  if (mode !== 'lexical') {
    throw new UsageError(`--mode ${mode} needs the embedding and re-ranking models, which are not supported yet; use --mode lexical.`);
  }
  const topK = positiveInt('top-k', values['top-k'], DEFAULT_TOP_K);
  const topN = positiveInt('top-n', values['top-n'], DEFAULT_TOP_N);
  const query = positionals.join(' ');
  const engine = ClauseEngine.open(db);
  try {
    const response = engine.search(query, { topK, topN, mode });
    if (values.json) out.write(JSON.stringify(response.results.map(toJsonResult), null, 2) + '\n');
    else out.write(formatResponse(response, values.explain ?? false));
    return 0;
  } finally {
    engine.close();
  }
}

/** DESIGN.md's result record (match offsets included for highlighting). */
function toJsonResult(r: SearchResponse['results'][number]) {
  return {
    rank: r.rank,
    score: r.score,
    documentId: r.documentId,
    documentTitle: r.documentTitle,
    documentPath: r.documentPath,
    clauseId: r.clauseId,
    clauseNumber: r.clauseNumber,
    heading: r.heading,
    pageStart: r.pageStart,
    pageEnd: r.pageEnd,
    charStart: r.charStart,
    charEnd: r.charEnd,
    text: r.text,
    matches: r.matches,
    stages: { lexicalRank: r.stages.lexicalRank, semanticRank: r.stages.semanticRank, fusedRank: r.stages.fusedRank, rerankScore: r.stages.rerankScore },
  };
}

function formatResponse(response: SearchResponse, explain: boolean): string {
  if (response.results.length === 0) return `No clause matches "${response.query}".\n`;
  const lines = response.results.map(formatResult);
  if (explain) {
    lines.push('', 'rank  clause  lexical rank  bm25 score  semantic rank  fused rank  rerank score');
    for (const r of response.results) {
      const s = r.stages;
      const cell = (v: number | null, digits = 0) => (v === null ? '—' : digits ? v.toFixed(digits) : String(v));
      lines.push(
        `${String(r.rank).padStart(4)}  ${String(r.clauseId).padStart(6)}  ${cell(s.lexicalRank).padStart(12)}  ${cell(s.lexicalScore, 3).padStart(10)}  ${cell(s.semanticRank).padStart(13)}  ${cell(s.fusedRank).padStart(10)}  ${cell(s.rerankScore, 3).padStart(12)}`,
      );
    }
    const t = response.timings;
    lines.push('', `timings: ${Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
