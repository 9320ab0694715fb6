/** A clause while the segmenter still reshapes it (split, merged); [start, end) is trimmed. */
export interface DraftClause {
  start: number;
  end: number;
  number: string | null;
  heading: string | null;
  path: string[];
  level: number;
  kind: 'marker' | 'heading' | 'exhibit' | 'contents' | 'text';
  /** Where the text after the number and heading begins. */
  bodyStart: number;
}
