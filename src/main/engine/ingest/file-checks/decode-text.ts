import { IngestError } from '../../../../shared/errors';

/**
 * Bytes of a plain-text file → its text, with a note when something had to be repaired.
 * BOMs pick UTF-8 or UTF-16 LE/BE. Without one, UTF-8 is kept whenever the file has any
 * valid multi-byte UTF-8 sequence (a few bad bytes are replaced with U+FFFD and noted);
 * a file with high bytes but no UTF-8 sequence at all is an older 8-bit file, read as
 * Windows-1252. A text that is mostly control or replacement characters is refused.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  notes: string[];
}

/**
 * Share of characters that may be control characters (other than tab, line and page
 * breaks) or U+FFFD before a file is "not plain text". Measured with nonTextRatio: the
 * 510 CUAD contracts (.txt) all score 0; random bytes 55 % as UTF-8 and 24 % as
 * Windows-1252; /bin/ls 65 % / 47 %; a PDF renamed .txt 46 % / 19 %. 10 % sits between
 * with room for a contract that holds a few stray control codes.
 */
export const MAX_NON_TEXT_RATIO = 0.1;

export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeWithEncoding(bytes);
  const ratio = nonTextRatio(decoded.text);
  if (ratio > MAX_NON_TEXT_RATIO) {
    throw new IngestError(
      'not-plain-text',
      `This file is not plain text (${Math.round(ratio * 100)} % of its characters are control codes or unreadable bytes).`,
    );
  }
  return decoded;
}

function decodeWithEncoding(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', notes: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', notes: [] };
  const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const replaced = countReplacements(utf8) - countOriginalReplacementChars(bytes);
  if (replaced === 0) return { text: utf8, encoding: 'utf-8', notes: [] };
  if (!hasMultiByteUtf8(bytes)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252', notes: [] };
  return {
    text: utf8,
    encoding: 'utf-8',
    notes: [`${replaced} ${replaced === 1 ? 'byte sequence that is' : 'byte sequences that are'} not valid UTF-8 ${replaced === 1 ? 'was' : 'were'} replaced with �.`],
  };
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: false }).decode(bytes);
}

// 0x80–0x9F in Windows-1252 (Node's TextDecoder gives C1 controls there, as ISO-8859-1 does); 0 = unassigned.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD written in the file itself (EF BF BD), which is not a repair. */
function countOriginalReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

/** True when the bytes contain at least one well-formed 2-, 3- or 4-byte UTF-8 sequence. */
function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) continue;
    let ok = true;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

/** Share of characters that are C0/C1 controls (tab, CR, LF, FF excepted), DEL or U+FFFD. */
export function nonTextRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}
