import type { DecimalMarker, Marker } from './marker-types';
import { letterValue, romanValue } from './numbering';

/**
 * The open numbering levels at a point of the document ("12" › "12.3" › "(b)"). It
 * decides what an ambiguous token means ("(i)" after "(h)" is a letter, after nothing
 * a roman one), whether a number continues the sequence, and each clause's path.
 */

interface Entry {
  /** "article", "dec2", "paren:lower", "dot:roman-upper", … */
  style: string;
  value: number;
  /** The path element: "IV", "12.3", "(b)", "A". */
  label: string;
  /** For decimal entries, the numeric components. */
  parts?: number[];
  /** A list run into its lead-in sentence ("unless (a) it is …; (b) …"), not separate clauses. */
  inline?: boolean;
  /** A level implied by a deeper number ("1.1" for "1.1.1" written without a "1.1" before it). */
  implied?: boolean;
  /** A titled part ("A. GENERAL TERMS") that can hold numbered sections under it. */
  titled?: boolean;
}

/** How a marker reads at this point of the document. */
export interface Reading {
  /** The normalised number: "5.2", "(a)", "IV", "12.3(b)". */
  number: string;
  /** Continues an open list, or starts a new one at its first value. */
  expected: boolean;
  /** Close enough to the sequence to trust at a line start: "2.2" after "2." when "2.1" was missed. */
  plausible: boolean;
  /** Whether the item belongs to a list already known to run inline (null: a new list, undecided). */
  inline: boolean | null;
  entries: Entry[];
  isDecimal: boolean;
}

export interface Placement {
  number: string;
  path: string[];
  level: number;
}

export class Outline {
  private stack: Entry[] = [];
  private lastTop: number | null = null;
  private lastArticle: number | null = null;

  /** Forget all numbering, e.g. at the start of an exhibit. */
  reset(): void {
    this.stack = [];
    this.lastTop = null;
    this.lastArticle = null;
  }

  /** The path of the innermost open clause. */
  currentPath(): string[] {
    return this.stack.map((e) => e.label);
  }

  /**
   * A heading without a number closes the lettered and numbered lists that were open:
   * what follows it is not their next item. Returns the sections that stay open.
   */
  closeLists(): string[] {
    let keep = this.stack.length;
    while (keep > 0 && !this.stack[keep - 1]!.parts && this.stack[keep - 1]!.style !== 'article' && !this.stack[keep - 1]!.titled) keep--;
    this.stack = this.stack.slice(0, keep);
    return this.currentPath();
  }

  read(marker: Marker): Reading {
    if (marker.kind === 'article') {
      const expected = this.lastArticle === null ? marker.value <= 1 : marker.value === this.lastArticle + 1;
      const label = marker.label;
      return { number: label, expected, plausible: expected, inline: false, entries: [{ style: 'article', value: marker.value, label }], isDecimal: false };
    }
    if (marker.kind === 'decimal') {
      const nested = this.readAsNestedList(marker);
      return nested ?? this.readDecimal(marker);
    }
    const e = resolveEnum(this.stack, marker.token, marker.wrapper);
    const open = this.stack.find((s) => s.style === e.style);
    const expected = open ? open.value + 1 === e.value : e.value === 1;
    const inline = open ? open.inline === true : this.stack.some((s) => s.inline) ? true : null;
    return { number: e.label, expected, plausible: expected, inline, entries: [e], isDecimal: false };
  }

  /**
   * Makes the reading part of the outline. `titled` marks an item that carries a title
   * rather than text, so that numbered sections may nest under it.
   */
  place(reading: Reading, inline = false, titled = false): Placement {
    const first = { ...reading.entries[0]!, inline, titled };
    if (first.style === 'article') {
      this.stack = [first];
      this.lastArticle = first.value;
      this.lastTop = null;
    } else if (reading.isDecimal) {
      const own = reading.entries.find((e) => e.parts && !e.implied)!;
      this.stack = [...this.stackAfterDecimal(own.parts!), ...reading.entries];
      this.lastTop = own.parts![0]!;
    } else {
      const at = this.stack.findIndex((s) => s.style === first.style);
      if (at >= 0) this.stack = this.stack.slice(0, at);
      this.stack.push(first);
    }
    const path = this.currentPath();
    return { number: reading.number, path, level: path.length - 1 };
  }

  private readDecimal(marker: DecimalMarker): Reading {
    const values = marker.parts.map(Number);
    const label = marker.parts.join('.');
    const base = this.stackAfterDecimal(values);
    const entries = this.impliedLevels(base, marker.parts);
    entries.push({ style: `dec${values.length}`, value: values.at(-1)!, label, parts: values });
    let number = label;
    for (const token of marker.suffixes) {
      entries.push(resolveEnum([...base, ...entries], token, 'paren'));
      number += `(${token})`;
    }
    const expected = this.decimalExpected(values);
    return { number, expected, plausible: expected || this.decimalPlausible(values), inline: false, entries, isDecimal: true };
  }

  /** The levels a decimal number names but the outline lacks: "12" and "12.3" for a bare "12.3.1". */
  private impliedLevels(base: readonly Entry[], parts: readonly string[]): Entry[] {
    const deepest = base.filter((e) => e.parts).at(-1);
    const article = base.find((e) => e.style === 'article');
    const out: Entry[] = [];
    for (let k = (deepest?.parts!.length ?? 0) + 1; k < parts.length; k++) {
      const values = parts.slice(0, k).map(Number);
      if (k === 1 && article && article.value === values[0]) continue;
      out.push({ style: `dec${k}`, value: values[k - 1]!, label: parts.slice(0, k).join('.'), parts: values, implied: true });
    }
    return out;
  }

  /**
   * "1." under a lettered item deep in section 6 starts a numbered list there, not a
   * new top-level section 1; its "2." follows that list.
   */
  private readAsNestedList(marker: DecimalMarker): Reading | null {
    if (marker.parts.length !== 1 || marker.suffixes.length > 0 || marker.worded) return null;
    const value = Number(marker.parts[0]);
    const open = this.stack.find((e) => e.style === 'dot:digit');
    const continues = open !== undefined && open.value + 1 === value;
    const top = this.stack.at(-1);
    const starts = value === 1 && top !== undefined && !top.parts && top.style !== 'article' && !this.decimalExpected([value]);
    if (!continues && !starts) return null;
    const e = resolveEnum(this.stack, marker.parts[0]!, 'dot');
    return { number: e.label, expected: true, plausible: true, inline: open?.inline ?? null, entries: [e], isDecimal: false };
  }

  /**
   * The stack a decimal number would sit on: deeper or sibling decimals and the lists
   * under them close; an article, a parent decimal, or a list that holds the
   * decimals (an "A." above "1.") stay open.
   */
  private stackAfterDecimal(values: number[]): Entry[] {
    const stack = [...this.stack];
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      if (top.style === 'article') break;
      if (top.parts) {
        const k = top.parts.length;
        if (k < values.length && top.parts.every((v, i) => v === values[i])) break;
      } else if (top.titled && /^dot:/.test(top.style) && !stack.some((e) => e.parts)) {
        break;
      }
      stack.pop();
    }
    return stack;
  }

  /** A small gap in the sequence: a sibling or two missed, under the right parent. */
  private decimalPlausible(values: number[]): boolean {
    const n = values.length;
    const last = values[n - 1]!;
    if (n === 1) return this.lastTop !== null && last > this.lastTop && last <= this.lastTop + 2;
    const sibling = this.stack.find((e) => e.style === `dec${n}`);
    if (sibling && samePrefix(sibling.parts!, values, n - 1)) return last > sibling.value && last <= sibling.value + 3;
    const parent = this.stack.find((e) => e.style === `dec${n - 1}`);
    const underParent = parent ? samePrefix(parent.parts!, values, n - 1) : n === 2 && this.lastArticle === values[0];
    return underParent && last <= 3;
  }

  private decimalExpected(values: number[]): boolean {
    const n = values.length;
    const last = values[n - 1]!;
    if (n === 1) return this.lastTop === null ? last <= 1 : last === this.lastTop + 1;
    const sibling = this.stack.find((e) => e.style === `dec${n}`);
    if (sibling && samePrefix(sibling.parts!, values, n - 1) && sibling.value + 1 === last) return true;
    if (last > 1) return false;
    // First child: of an open parent, of an article with that number, or of the next top section.
    const parent = this.stack.find((e) => e.style === `dec${n - 1}`);
    if (parent && samePrefix(parent.parts!, values, n - 1)) return true;
    if (n === 2 && this.lastArticle === values[0]) return true;
    if (this.lastTop === null) return values[0]! <= 1;
    return values[0] === this.lastTop || values[0] === this.lastTop + 1;
  }
}

function samePrefix(a: number[], b: number[], n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Reads a list token as a letter, a roman numeral or a digit, looking at the open lists. */
function resolveEnum(stack: readonly Entry[], token: string, wrapper: string): Entry {
  if (/^\d+$/.test(token)) {
    return { style: `${wrapper}:digit`, value: Number(token), label: enumLabel(token, wrapper) };
  }
  const kase = token === token.toLowerCase() ? 'lower' : 'upper';
  const letterStyle = `${wrapper}:${kase}`;
  const romanStyle = `${wrapper}:roman-${kase}`;
  const asLetter = letterValue(token);
  const asRoman = romanValue(token);
  const label = enumLabel(token, wrapper);
  const letter = (): Entry => ({ style: letterStyle, value: asLetter!, label });
  const roman = (): Entry => ({ style: romanStyle, value: asRoman!, label });
  if (asLetter === null) return roman();
  if (asRoman === null) return letter();

  const openLetter = stack.find((e) => e.style === letterStyle);
  const openRoman = stack.find((e) => e.style === romanStyle);
  if (openLetter && openLetter.value + 1 === asLetter) return letter();
  if (openRoman && openRoman.value + 1 === asRoman) return roman();
  if (asRoman === 1) return roman();
  if (openLetter) return letter();
  if (openRoman) return roman();
  // With no list open, "c", "d", "l", "m" are far likelier letters than 100, 500, 50, 1000.
  return /^[ivx]+$/i.test(token) && token.length > 1 ? roman() : letter();
}

function enumLabel(token: string, wrapper: string): string {
  return wrapper === 'dot' ? token : `(${token})`;
}
