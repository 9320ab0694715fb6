/** Reads and writes a document's side data from migration 0007: notes, OCR quality and OCR word boxes. */
import type { Database } from 'better-sqlite3';
import type { OcrSummary, OcrWordSpan } from '../ingest/types';

export interface DocumentExtras {
  notes: string[];
  ocrPages: number[];
  ocrConfidence: number | null;
  lowQualityPages: number[];
}

/** Called inside the writer's transaction for the document just inserted. */
export function saveDocumentExtras(db: Database, documentId: number, notes: readonly string[] | undefined, ocr: OcrSummary | undefined): void {
  if ((!notes || notes.length === 0) && !ocr) return;
  db.prepare(
    `INSERT INTO document_extras (document_id, notes_json, ocr_pages_json, ocr_confidence, low_quality_pages_json)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(documentId, JSON.stringify(notes ?? []), JSON.stringify(ocr?.pages ?? []), ocr?.meanConfidence ?? null, JSON.stringify(ocr?.lowQualityPages ?? []));
  if (!ocr) return;
  const insert = db.prepare('INSERT INTO ocr_words (document_id, page_number, char_start, char_end, x0, y0, x1, y1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const w of ocr.words) insert.run(documentId, w.pageNumber, w.charStart, w.charEnd, ...w.box);
}

interface ExtrasRow {
  document_id: number;
  notes_json: string;
  ocr_pages_json: string;
  ocr_confidence: number | null;
  low_quality_pages_json: string;
}

/** Extras of every document that has any, by document id. */
export function readAllDocumentExtras(db: Database): Map<number, DocumentExtras> {
  const rows = db.prepare<[], ExtrasRow>('SELECT * FROM document_extras').all();
  return new Map(
    rows.map((r) => [
      r.document_id,
      {
        notes: JSON.parse(r.notes_json) as string[],
        ocrPages: JSON.parse(r.ocr_pages_json) as number[],
        ocrConfidence: r.ocr_confidence,
        lowQualityPages: JSON.parse(r.low_quality_pages_json) as number[],
      },
    ]),
  );
}

/** OCR words of one page that overlap [charStart, charEnd), in text order. */
export function ocrWordsInSpan(db: Database, documentId: number, pageNumber: number, charStart: number, charEnd: number): OcrWordSpan[] {
  const rows = db
    .prepare<[number, number, number, number], { page_number: number; char_start: number; char_end: number; x0: number; y0: number; x1: number; y1: number }>(
      `SELECT * FROM ocr_words WHERE document_id = ? AND page_number = ? AND char_end > ? AND char_start < ? ORDER BY char_start`,
    )
    .all(documentId, pageNumber, charStart, charEnd);
  return rows.map((r) => ({ pageNumber: r.page_number, charStart: r.char_start, charEnd: r.char_end, box: [r.x0, r.y0, r.x1, r.y1] }));
}

/** Every OCR word of a document, in text order (the context view draws a hit's boxes from them). */
export function ocrWordsOf(db: Database, documentId: number): OcrWordSpan[] {
  const rows = db
    .prepare<[number], { page_number: number; char_start: number; char_end: number; x0: number; y0: number; x1: number; y1: number }>(
      'SELECT * FROM ocr_words WHERE document_id = ? ORDER BY char_start',
    )
    .all(documentId);
  return rows.map((r) => ({ pageNumber: r.page_number, charStart: r.char_start, charEnd: r.char_end, box: [r.x0, r.y0, r.x1, r.y1] }));
}
