/** The value a cell shows, read from its chosen clause according to the type's value kind. */
import type { ClauseValueKind } from '../../../../shared/review';
import { anchoredDates, findDates, formatDate } from './extract-date';
import { formatDuration, pickDuration } from './extract-duration';
import { extractJurisdiction } from './extract-jurisdiction';
import { titleLine } from './extract-title';

/** Words that mark which period a duration-valued type asks for, by type name. */
const DURATION_ANCHORS: Array<{ match: RegExp; anchors: RegExp[] }> = [
  { match: /notice/i, anchors: [/notice/, /prior to/, /before the (end|expiration)/] },
  { match: /renewal/i, anchors: [/renew/, /successive/, /additional/, /extend/] },
  { match: /warranty/i, anchors: [/warrant/, /period/] },
];

export interface ValueInput {
  typeName: string;
  valueKind: ClauseValueKind;
  found: boolean;
  /** The chosen clause's text; null when none. */
  text: string | null;
}

export function extractValue(input: ValueInput): string | null {
  if (input.valueKind === 'yesno') return input.found ? 'Yes' : 'No';
  if (!input.found || input.text === null) return null;
  const text = input.text;
  switch (input.valueKind) {
    case 'date': {
      if (/expir|term/i.test(input.typeName) && /\bperpetu|indefinite/i.test(text)) return 'perpetual';
      const dates = findDates(text);
      if (dates.length === 0) return null;
      // An expiry is the later date of a clause that names a start and an end.
      if (/expir/i.test(input.typeName)) return formatDate(dates[dates.length - 1]!);
      // A making or effective date follows its dating word; other dates in the clause are stamps or deadlines.
      const anchors = /effective/i.test(input.typeName) ? /\b(effective|commenc\w*|as\s+of)\b/gi : undefined;
      const anchored = anchoredDates(text, anchors);
      return formatDate(anchored[0] ?? anchoredDates(text)[0] ?? dates[0]!);
    }
    case 'duration': {
      const anchors = DURATION_ANCHORS.find((a) => a.match.test(input.typeName))?.anchors ?? [];
      const d = pickDuration(text, anchors);
      return d ? formatDuration(d) : null;
    }
    case 'jurisdiction':
      return extractJurisdiction(text);
    case 'text':
      return /name|title/i.test(input.typeName) ? titleLine(text) : firstSentence(text);
  }
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.;](\s|$)/);
  return (end > 0 ? flat.slice(0, end + 1) : flat).slice(0, 300);
}
