import type { SearchResult } from '../../../shared/api';
import { displayHeading, fullClauseLabel } from '../../../shared/clause-label';
import { clauseTitle } from './format';

/** A result's name: "§ 7.2(b) Payment", with the parent's heading where the clause's own is a sentence fragment. */
export function resultTitle(result: Pick<SearchResult, 'clauseNumber' | 'heading' | 'text' | 'clausePath' | 'parentHeading'>): string {
  const label = fullClauseLabel(result.clauseNumber, result.clausePath);
  const heading = displayHeading(result.heading, result.clauseNumber, result.parentHeading);
  if (label && heading) return `${label} ${heading}`;
  if (label) return label;
  return clauseTitle(null, heading, result.text);
}
