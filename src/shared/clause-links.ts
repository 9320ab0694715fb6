/** What a clause depends on and what resembles it: shared by the engine, the CLI and the window. */
import type { SearchResult } from './api';

export interface UsedDefinition {
  term: string;
  text: string;
  /** The clause holding the definition, to open in place. */
  clauseId: number;
  charStart: number;
  charEnd: number;
}

export interface ClauseReference {
  kind: string;
  label: string;
  /** The clause it resolves to, or null when no clause of the document has that number. */
  targetClauseId: number | null;
  targetLabel: string | null;
  /** [start, end) of the label in the clause text. */
  start: number;
  end: number;
}

export interface ClauseLinks {
  definitions: UsedDefinition[];
  references: ClauseReference[];
}

export interface SimilarResponse {
  clauseId: number;
  /** The words the lexical side searched for. */
  terms: string[];
  results: SearchResult[];
}
