/**
 * What can be wrong with a file given as a Word document, one sentence each, told
 * before any parsing: legacy .doc and password-protected .docx are both OLE compound
 * files (signature D0 CF 11 E0); an encrypted .docx holds an "EncryptionInfo" stream.
 */
import { IngestError } from '../../../../shared/errors';

export const DOCX_MESSAGES = {
  empty: 'The file is empty (0 bytes).',
  notDocx: 'This file is not a Word document (.docx); it may be another format renamed to .docx.',
  damaged: 'This Word document is damaged and could not be read.',
  encrypted: 'This Word document is password-protected; remove the password in Word and add it again.',
  legacyDoc: 'This is an old-style Word file (.doc); open it in Word and save it as .docx or PDF, then add it again.',
  noText: 'This Word document contains no text.',
} as const;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as a UTF-16LE directory-entry name. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Throws the right sentence for bytes that are not a readable .docx package. */
export function assertDocxBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new IngestError('empty-file', DOCX_MESSAGES.empty);
  if (startsWith(bytes, OLE)) {
    if (hasUtf16Name(bytes, 'EncryptionInfo')) throw new IngestError('encrypted-docx', DOCX_MESSAGES.encrypted);
    throw new IngestError('legacy-doc', DOCX_MESSAGES.legacyDoc);
  }
  if (!startsWith(bytes, ZIP)) throw new IngestError('not-a-docx', DOCX_MESSAGES.notDocx);
}

/** A legacy .doc: refused with the advice to save it as .docx or PDF, whatever it holds. */
export function refuseLegacyDoc(bytes: Uint8Array): never {
  if (bytes.length === 0) throw new IngestError('empty-file', DOCX_MESSAGES.empty);
  if (startsWith(bytes, ZIP)) {
    throw new IngestError('legacy-doc', 'This file is named .doc but is a .docx; rename it to .docx and add it again.');
  }
  throw new IngestError('legacy-doc', DOCX_MESSAGES.legacyDoc);
}
