/** What a clause number looks like once parsed, before the outline decides what it means. */

export type EnumWrapper = 'paren' | 'close' | 'dot';

/** "ARTICLE IV", "Article 3", "PART II". */
export interface ArticleMarker {
  kind: 'article';
  label: string;
  value: number;
}

/** "5.2", "Section 5.2", "12.3(b)", "1.01.", "§ 4". */
export interface DecimalMarker {
  kind: 'decimal';
  /** Component strings as written: "12", "3". */
  parts: string[];
  /** Enumeration suffixes written onto the number, "12.3(b)" → ["b"]. */
  suffixes: string[];
  /** Written with a word such as "Section" or "§" in front. */
  worded: boolean;
}

/** "(a)", "(iv)", "(A)", "(1)", "a)", "A.", "ii.": letters and romans are resolved by context. */
export interface EnumMarker {
  kind: 'enum';
  token: string;
  wrapper: EnumWrapper;
}

export type MarkerBody = ArticleMarker | DecimalMarker | EnumMarker;

export type Marker = MarkerBody & {
  /** Offsets of the marker itself in the document, including trailing "." or ":" or dash. */
  start: number;
  end: number;
  /** First non-space character after the marker on its line (the line end when none). */
  textStart: number;
};
