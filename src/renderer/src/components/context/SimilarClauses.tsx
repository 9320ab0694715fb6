import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../../shared/api';
import type { SimilarResponse } from '../../../../shared/clause-links';
import { sameShare, wordDiff } from '../../../../shared/word-diff';
import { api, errorSentence } from '../../api/client';
import { clauseTitle } from '../../lib/format';
import './clause-links.css';

/** "Find similar": clauses of other contracts of the same kind, each comparable word by word with the open clause. */
export function SimilarClauses({ clause }: { clause: SearchResult }) {
  const [similar, setSimilar] = useState<SimilarResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [compared, setCompared] = useState<number | null>(null);

  useEffect(() => {
    setSimilar(null);
    setCompared(null);
    setProblem(null);
  }, [clause.clauseId]);

  const find = async () => {
    setBusy(true);
    try {
      setSimilar(await api().findSimilar(clause.clauseId));
    } catch (e) {
      setProblem(errorSentence(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="similar-clauses">
      <button type="button" className="button-link" data-testid="find-similar" disabled={busy} onClick={() => void find()}>
        {busy ? 'Finding similar clauses…' : 'Find similar clauses in other contracts'}
      </button>
      {problem && <p className="clause-links-problem">{problem}</p>}
      {similar && similar.results.length === 0 && <p data-testid="similar-none">No clause of another contract resembles this one.</p>}
      {similar && similar.results.length > 0 && (
        <ol className="similar-list" data-testid="similar-list">
          {similar.results.slice(0, 10).map((r) => (
            <li key={r.clauseId} data-testid="similar-item">
              <div className="similar-head">
                <span className="similar-title">{clauseTitle(r.clauseNumber, r.heading, r.text)}</span>
                <span className="similar-doc">{r.documentTitle}</span>
                <button type="button" className="button-link" data-testid="compare-similar" onClick={() => setCompared(compared === r.clauseId ? null : r.clauseId)}>
                  {compared === r.clauseId ? 'Hide comparison' : 'Compare'}
                </button>
              </div>
              {compared === r.clauseId && <Comparison standard={clause.text} other={r.text} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The other clause's words against the open one: struck = only in the open clause, underlined = only in the other. */
function Comparison({ standard, other }: { standard: string; other: string }) {
  const runs = wordDiff(standard, other);
  return (
    <div className="comparison" data-testid="comparison">
      <p className="comparison-share">{Math.round(100 * sameShare(runs))} % of the words as in the open clause</p>
      <p className="comparison-text">
        {runs.map((r, i) =>
          r.op === 'same' ? <span key={i}>{r.text}</span> : r.op === 'removed' ? <del key={i}>{r.text}</del> : <ins key={i}>{r.text}</ins>,
        )}
      </p>
    </div>
  );
}
