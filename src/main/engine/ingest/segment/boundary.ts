/** A point where a clause starts, as the scanner finds it. */
export interface Boundary {
  pos: number;
  number: string | null;
  heading: string | null;
  path: string[];
  level: number;
  kind: 'marker' | 'heading' | 'exhibit' | 'contents';
  /** Where the clause's own text starts after its number and heading. */
  bodyStart: number;
}
