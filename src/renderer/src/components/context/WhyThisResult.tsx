import type { SearchResponse, SearchResult } from '../../../../shared/api';

function number(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

function rank(value: number | null): string {
  return value === null ? 'not among its candidates' : `#${value}`;
}

const TIMING_LABELS: Array<[string, string]> = [
  ['lexicalMs', 'Word match (BM25)'],
  ['embedQueryMs', 'Embedding the question'],
  ['semanticMs', 'Meaning match'],
  ['fusionMs', 'Fusion'],
  ['rerankMs', 'Re-ranking'],
  ['hydrateMs', 'Loading clauses'],
  ['totalMs', 'Total'],
];

/**
 * The result's trace through the pipeline: where each stage ranked it and with what
 * score, and the passage the re-ranker liked best. A stage that did not run says so.
 */
export function WhyThisResult({ result, response }: { result: SearchResult; response: SearchResponse | null }) {
  const s = result.stages;
  const window = s.rerankWindow ? result.text.slice(s.rerankWindow[0], s.rerankWindow[1]) : null;
  const ranAny = (keys: Array<keyof typeof s>) => keys.some((k) => s[k] !== null);
  const rows: Array<{ stage: string; rank: string; score: string; detail: string }> = [];
  if (ranAny(['lexicalRank', 'lexicalScore']) || response?.mode === 'lexical') {
    rows.push({ stage: 'Word match (BM25)', rank: rank(s.lexicalRank), score: number(s.lexicalScore, 3), detail: 'score' });
  }
  if (ranAny(['semanticRank', 'semanticDistance']) || response?.mode !== 'lexical') {
    rows.push({ stage: 'Meaning match (bi-encoder)', rank: rank(s.semanticRank), score: number(s.semanticDistance, 3), detail: 'cosine distance' });
  }
  if (ranAny(['fusedRank', 'fusedScore'])) {
    rows.push({ stage: 'Fusion (RRF)', rank: rank(s.fusedRank), score: number(s.fusedScore, 4), detail: 'score' });
  }
  if (s.rerankScore !== null) {
    rows.push({ stage: 'Re-rank (cross-encoder)', rank: `#${result.rank}`, score: number(s.rerankScore, 3), detail: 'relevance 0–1' });
  }
  return (
    <div className="why" data-testid="why-this-result">
      <table className="why-table">
        <caption>How this clause was ranked #{result.rank}</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Rank</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stage} data-testid="why-row">
              <th scope="row">{row.stage}</th>
              <td>{row.rank}</td>
              <td>
                {row.score} <span className="why-unit">{row.detail}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {response?.phase === 'stage1' ? (
        <p className="why-note">The re-ranker is still reading the candidates; its score appears here when it has finished.</p>
      ) : (
        s.rerankScore === null && (
          <p className="why-note">Re-ranking did not run for this search; with both models in Settings, a cross-encoder reads each candidate.</p>
        )
      )}
      {window && (
        <figure className="why-window">
          <figcaption>Best passage for the re-ranker</figcaption>
          <blockquote data-testid="why-window">{window}</blockquote>
        </figure>
      )}
      {response && (
        <dl className="why-timings">
          {TIMING_LABELS.filter(([key]) => response.timings[key] !== undefined).map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{response.timings[key]!.toFixed(1)} ms</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
