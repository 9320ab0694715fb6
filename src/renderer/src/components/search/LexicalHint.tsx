/** Question words that BM25 cannot read the meaning of. */
const QUESTION = /^(who|what|when|where|why|how|which|is|are|does|do|can|may|must|shall)\b/i;

/**
 * In lexical mode, a plain-language question finds only clauses with the same words.
 * Said where the results are, with what to do about it.
 */
export function LexicalHint({ query, onOpenSettings }: { query: string; onOpenSettings: () => void }) {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || !(QUESTION.test(query.trim()) || query.trim().endsWith('?') || words.length >= 6)) return null;
  return (
    <p className="lexical-hint" role="note" data-testid="lexical-hint">
      These results only match your exact words; a question in plain language (“{query.trim()}”) is understood only with the search models.
      Try the words a contract would use (e.g. “intellectual property owned”), or{' '}
      <button type="button" className="button-link" onClick={onOpenSettings}>
        add the models in Settings
      </button>
      .
    </p>
  );
}
