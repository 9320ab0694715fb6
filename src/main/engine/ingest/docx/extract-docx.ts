/**
 * Word (.docx) bytes → ExtractedText. The package is read with jszip and its XML with
 * htmlparser2, because mammoth drops Word's generated clause numbers, which lawyers
 * cite. Only the main story, footnotes and endnotes are read: headers and footers are
 * running lines, and comments are not clause text. A Word file has no fixed pages, so
 * the text is one page span and citations name no page.
 */
import JSZip from 'jszip';
import { IngestError } from '../../../../shared/errors';
import { assembleBlocks } from '../blocks/assemble-blocks';
import { usableTitle } from '../pdf/pdf-title';
import type { ExtractedText } from '../types';
import { BodyReader, type Notes } from './body-text';
import { assertDocxBytes, DOCX_MESSAGES } from './docx-errors';
import { Numbering } from './numbering';
import { Styles } from './styles';
import { elements, find, first, parseXml, textOf, type XmlElement } from './xml-tree';

export const TRACKED_CHANGES_NOTE =
  'This Word document has tracked changes that were not accepted; it is indexed as it reads with all changes accepted.';

export async function extractDocxText(bytes: Uint8Array): Promise<ExtractedText> {
  assertDocxBytes(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new IngestError('not-a-docx', DOCX_MESSAGES.notDocx);
  }
  const part = async (name: string): Promise<XmlElement | undefined> => {
    const file = zip.file(name);
    if (!file) return undefined;
    try {
      return parseXml(await file.async('string'));
    } catch {
      throw new IngestError('not-a-docx', DOCX_MESSAGES.damaged);
    }
  };
  const mainPath = await mainDocumentPath(zip);
  const document = await part(mainPath);
  if (!document) throw new IngestError('not-a-docx', DOCX_MESSAGES.notDocx);
  const folder = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
  const [numbering, styles, footnotes, endnotes, core] = await Promise.all([
    part(`${folder}numbering.xml`),
    part(`${folder}styles.xml`),
    part(`${folder}footnotes.xml`),
    part(`${folder}endnotes.xml`),
    part('docProps/core.xml'),
  ]);
  const notes: Notes = {
    footnotes: notesById(footnotes, 'w:footnotes', 'w:footnote'),
    endnotes: notesById(endnotes, 'w:endnotes', 'w:endnote'),
  };
  const body = first(first(document, 'w:document'), 'w:body');
  const read = new BodyReader(new Numbering(numbering), new Styles(styles), notes).read(body);
  const extracted = assembleBlocks([read.paragraphs], docTitle(core));
  if (extracted.text.replace(/\s+/g, '') === '') throw new IngestError('no-clauses', DOCX_MESSAGES.noText);
  return read.trackedChanges ? { ...extracted, notes: [TRACKED_CHANGES_NOTE] } : extracted;
}

/** The main story's part name from [Content_Types].xml (nearly always word/document.xml). */
async function mainDocumentPath(zip: JSZip): Promise<string> {
  const types = zip.file('[Content_Types].xml');
  if (!types) return 'word/document.xml';
  const xml = parseXml(await types.async('string'));
  for (const override of elements(first(xml, 'Types'), 'Override')) {
    if (/wordprocessingml\.document\.main\+xml|wordprocessingml\.template\.main\+xml/.test(override.attrs.ContentType ?? '')) {
      return (override.attrs.PartName ?? '/word/document.xml').replace(/^\//, '');
    }
  }
  return 'word/document.xml';
}

function notesById(root: XmlElement | undefined, container: string, item: string): Map<string, XmlElement> {
  const byId = new Map<string, XmlElement>();
  for (const note of elements(first(root, container), item)) {
    const type = note.attrs['w:type'];
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    byId.set(note.attrs['w:id'] ?? '', note);
  }
  return byId;
}

function docTitle(core: XmlElement | undefined): string | null {
  const title = find(core, 'dc:title');
  return title ? usableTitle(textOf(title)) : null;
}
