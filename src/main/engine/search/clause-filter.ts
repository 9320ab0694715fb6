/** Restricts a retrieval stage to some clauses; every stage of one search gets the same filter. */
export interface ClauseFilter {
  /** Only rank these clauses (evaluation pools). */
  clauseIds?: readonly number[];
  /** Only rank clauses of these documents (the UI's document filter). */
  documentIds?: readonly number[];
}
