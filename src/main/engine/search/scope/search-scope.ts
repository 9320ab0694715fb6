/** When the pipeline scopes a query, and the shape the scope takes in a SearchResponse. */
import type { Database } from 'better-sqlite3';
import type { SearchScope } from '../../../../shared/api';
import type { ClauseFilter } from '../clause-filter';
import { namingIndexOf } from './naming-profiles';
import { resolveScope, type ResolvedScope } from './resolve-scope';

/** Only a free search is scoped: a caller's own document or clause filter always wins. */
export function scopeFor(db: Database, query: string, filter: ClauseFilter | undefined, autoScope: boolean | undefined): ResolvedScope | null {
  if (autoScope === false || filter?.documentIds !== undefined || filter?.clauseIds !== undefined) return null;
  return resolveScope(query, namingIndexOf(db));
}

export function toSearchScope(scope: ResolvedScope): SearchScope {
  return {
    documentIds: scope.documentIds,
    label: `in: ${scope.titles.join(' / ')}`,
    namingText: scope.namingText,
    question: scope.question,
    reason: scope.reason,
  };
}
