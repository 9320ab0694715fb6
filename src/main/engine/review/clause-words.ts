/** The distinct words of a clause as the learned type vocabularies count them. */
import { words } from '../search/query/parse-query';
import { STOPWORDS } from '../search/query/stopwords';

export function clauseWordSet(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w)));
}

/** Sum of the learned weights of the words the clause contains. */
export function learnedScore(wordSet: ReadonlySet<string>, terms: ReadonlyArray<[string, number]>): number {
  let score = 0;
  for (const [term, weight] of terms) if (wordSet.has(term)) score += weight;
  return score;
}
