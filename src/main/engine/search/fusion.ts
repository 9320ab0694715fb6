/**
 * Weighted Reciprocal Rank Fusion at clause level (Cormack et al., 2009):
 *
 *   score(c) = Σ_r  w_r / (k + rank_r(c))
 *
 * over the ranked lists r (lexical, semantic), ranks 1-based; a list without c adds
 * nothing for it. Only ranks count, so BM25 scores and cosine distances never need a
 * common scale.
 */

export const DEFAULT_RRF_K = 60;

/** One ranked list entering fusion. */
export interface RankedList {
  /** Names the list in each fused hit's `ranks`, e.g. "lexical" or "semantic". */
  name: string;
  /** 1-based ranks; a clause listed twice counts once, at its better rank. */
  hits: ReadonlyArray<{ clauseId: number; rank: number }>;
  /** w_r, default 1; 0 keeps the list in the trace without letting it vote. */
  weight?: number;
}

export interface FusedHit {
  clauseId: number;
  /** The RRF score, Σ_r w_r / (k + rank_r). */
  score: number;
  /** 1-based rank in the fused list. */
  rank: number;
  /** Each list's rank for this clause, null where the list does not have it. */
  ranks: Record<string, number | null>;
}

export interface FusionOptions {
  /** The RRF constant: larger k flattens the advantage of the very top ranks. */
  k?: number;
  /** Keep only the best `limit` fused clauses. */
  limit?: number;
}

/**
 * Fuses ranked lists into one. Order: higher score first; equal scores by the better
 * best rank in any single list; then by smaller clause id. Each clause's terms are summed
 * smallest first, so clauses holding the same ranks in different lists tie exactly
 * instead of by rounding.
 */
export function reciprocalRankFusion(lists: readonly RankedList[], options: FusionOptions = {}): FusedHit[] {
  const k = options.k ?? DEFAULT_RRF_K;
  if (!Number.isFinite(k) || k < 0) throw new RangeError(`The RRF constant k must be a finite number of at least 0; got ${k}.`);
  const names = lists.map((list) => list.name);
  if (new Set(names).size !== names.length) throw new RangeError(`Ranked lists need distinct names; got ${names.join(', ')}.`);

  const fused = new Map<number, { terms: number[]; ranks: Record<string, number | null>; bestRank: number }>();
  for (const list of lists) {
    const w = list.weight ?? 1;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`The weight of the ${list.name} list must be a finite number of at least 0; got ${w}.`);
    for (const [clauseId, rank] of bestRanks(list)) {
      let entry = fused.get(clauseId);
      if (!entry) {
        entry = { terms: [], ranks: Object.fromEntries(names.map((name) => [name, null])), bestRank: Infinity };
        fused.set(clauseId, entry);
      }
      entry.terms.push(w / (k + rank));
      entry.ranks[list.name] = rank;
      entry.bestRank = Math.min(entry.bestRank, rank);
    }
  }

  const scored = [...fused].map(([clauseId, entry]) => ({
    clauseId,
    score: entry.terms.sort((a, b) => a - b).reduce((sum, term) => sum + term, 0),
    bestRank: entry.bestRank,
    ranks: entry.ranks,
  }));
  scored.sort((a, b) => b.score - a.score || a.bestRank - b.bestRank || a.clauseId - b.clauseId);
  const kept = options.limit === undefined ? scored : scored.slice(0, Math.max(0, options.limit));
  return kept.map(({ clauseId, score, ranks }, i) => ({ clauseId, score, rank: i + 1, ranks }));
}

/** rank_r(c) for each clause in one list, validated. */
function bestRanks(list: RankedList): Map<number, number> {
  const ranks = new Map<number, number>();
  for (const { clauseId, rank } of list.hits) {
    if (!Number.isInteger(rank) || rank < 1) throw new RangeError(`Ranks are whole numbers from 1; the ${list.name} list has ${rank}.`);
    ranks.set(clauseId, Math.min(rank, ranks.get(clauseId) ?? Infinity));
  }
  return ranks;
}
