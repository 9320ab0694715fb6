import type { Database, Statement } from 'better-sqlite3';
import type { ChunkSpan, OcrSummary, PageSpan } from '../ingest/types';
import { saveDocumentExtras } from './document-extras';
import { writeTransaction } from './write-lock';
import { appendAudit } from './audit-log';

export interface ClauseToStore {
  number: string | null;
  heading: string | null;
  path: string[];
  level: number;
  pageStart: number;
  pageEnd: number;
  charStart: number;
  charEnd: number;
  chunks: ChunkSpan[];
}

export interface DocumentToStore {
  sha256: string;
  path: string;
  title: string;
  /** The parties the first page names (migration 0006). */
  parties?: string | null;
  byteSize: number;
  text: string;
  pages: PageSpan[];
  clauses: ClauseToStore[];
  /** Notes and OCR data (migration 0007), when the reader produced any. */
  notes?: string[];
  ocr?: OcrSummary;
}

/** What saveUnlessStored did: stored the document, or found the same bytes already stored. */
export type SaveOutcome =
  | { kind: 'saved'; documentId: number; replaced: boolean }
  | { kind: 'duplicate'; documentId: number; path: string };

export interface FailureToStore {
  sha256: string;
  path: string;
  title: string;
  byteSize: number;
  errorCode: string;
  error: string;
}

/**
 * Writes whole documents. Each public method is one transaction, so a crash or an
 * exception leaves the document either fully present or absent, never half-written.
 */
export class DocumentWriter {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      readyBySha256: db.prepare<[string, string], { id: number; path: string }>(
        "SELECT id, path FROM documents WHERE sha256 = ? AND status = 'ready' ORDER BY path = ? DESC, id LIMIT 1",
      ),
      idAtPath: db.prepare<[string], { id: number; status: string }>('SELECT id, status FROM documents WHERE path = ?'),
      insertDocument: db.prepare(
        `INSERT INTO documents (sha256, path, title, page_count, byte_size, text, status, error, error_code, ingested_at)
         VALUES (@sha256, @path, @title, @pageCount, @byteSize, @text, @status, @error, @errorCode, @ingestedAt)`,
      ),
      insertPage: db.prepare('INSERT INTO pages (document_id, page_number, char_start, char_end) VALUES (?, ?, ?, ?)'),
      insertClause: db.prepare(
        `INSERT INTO clauses (document_id, ordinal, number, heading, path_json, level, page_start, page_end, char_start, char_end, text)
         VALUES (@documentId, @ordinal, @number, @heading, @pathJson, @level, @pageStart, @pageEnd, @charStart, @charEnd, @text)`,
      ),
      insertChunk: db.prepare('INSERT INTO chunks (clause_id, ordinal, char_start, char_end) VALUES (?, ?, ?, ?)'),
      insertFts: db.prepare('INSERT INTO clauses_fts (rowid, text, heading, number) VALUES (?, ?, ?, ?)'),
      deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    };
  }

  /** Stores a parsed document, replacing whatever was stored at the same path. Returns its id. */
  saveDocument(doc: DocumentToStore): number {
    return writeTransaction(this.db, () => this.replaceAtPath(doc));
  }

  /**
   * Stores a document unless a ready one with the same bytes is already there (the same
   * file again, or a copy). The check and the write are one immediate transaction, so
   * two imports of the same folder at once never store it twice.
   */
  saveUnlessStored(doc: DocumentToStore): SaveOutcome {
    return writeTransaction(this.db, (): SaveOutcome => {
      const same = this.statements.readyBySha256.get(doc.sha256, doc.path);
      if (same) return { kind: 'duplicate', documentId: same.id, path: same.path };
      const replaced = this.statements.idAtPath.get(doc.path)?.status === 'ready';
      const documentId = this.replaceAtPath(doc);
      appendAudit(this.db, {
        action: replaced ? 'replaced' : 'added',
        documentPath: doc.path,
        documentTitle: doc.title,
        detail: { sha256: doc.sha256, bytes: doc.byteSize, pages: doc.pages.length, clauses: doc.clauses.length },
      });
      return { kind: 'saved', documentId, replaced };
    });
  }

  private replaceAtPath(doc: DocumentToStore): number {
    const existing = this.statements.idAtPath.get(doc.path);
    if (existing) this.statements.deleteDocument.run(existing.id);
    const documentId = Number(
      this.statements.insertDocument.run({
        sha256: doc.sha256,
        path: doc.path,
        title: doc.title,
        pageCount: doc.pages.length,
        byteSize: doc.byteSize,
        text: doc.text,
        status: 'ready',
        error: null,
        errorCode: null,
        ingestedAt: new Date().toISOString(),
      }).lastInsertRowid,
    );
    for (const page of doc.pages) {
      this.statements.insertPage.run(documentId, page.pageNumber, page.charStart, page.charEnd);
      if (page.printedLabel) this.setPrintedPage(documentId, page);
    }
    if (doc.parties) this.db.prepare('UPDATE documents SET parties = ? WHERE id = ?').run(doc.parties, documentId);
    doc.clauses.forEach((clause, ordinal) => this.insertClause(documentId, ordinal, clause, doc.text));
    saveDocumentExtras(this.db, documentId, doc.notes, doc.ocr);
    return documentId;
  }

  /**
   * Records that a file could not be ingested, so the library can show why. A ready
   * version already stored at that path is kept: a bad copy never destroys a good one.
   */
  saveFailure(failure: FailureToStore): number | null {
    return writeTransaction(this.db, () => {
      const existing = this.statements.idAtPath.get(failure.path);
      if (existing?.status === 'ready') return null;
      if (existing) this.statements.deleteDocument.run(existing.id);
      return Number(
        this.statements.insertDocument.run({
          sha256: failure.sha256,
          path: failure.path,
          title: failure.title,
          pageCount: 0,
          byteSize: failure.byteSize,
          text: '',
          status: 'failed',
          error: failure.error,
          errorCode: failure.errorCode,
          ingestedAt: new Date().toISOString(),
        }).lastInsertRowid,
      );
    });
  }

  /** Removes a document with its pages, clauses, chunks and index rows. */
  deleteDocument(documentId: number): boolean {
    return writeTransaction(this.db, () => this.statements.deleteDocument.run(documentId).changes > 0);
  }

  private setPrintedStatement: Statement | null = null;

  /** The page's printed number (migration 0006), prepared on first use so older schemas still take pages without one. */
  private setPrintedPage(documentId: number, page: PageSpan): void {
    this.setPrintedStatement ??= this.db.prepare('UPDATE pages SET printed_label = ?, printed_check = ? WHERE document_id = ? AND page_number = ?');
    this.setPrintedStatement.run(page.printedLabel, page.printedCheck ?? 'unchecked', documentId, page.pageNumber);
  }

  private insertClause(documentId: number, ordinal: number, clause: ClauseToStore, text: string): void {
    const clauseText = text.slice(clause.charStart, clause.charEnd);
    const clauseId = Number(
      this.statements.insertClause.run({
        documentId,
        ordinal,
        number: clause.number,
        heading: clause.heading,
        pathJson: JSON.stringify(clause.path),
        level: clause.level,
        pageStart: clause.pageStart,
        pageEnd: clause.pageEnd,
        charStart: clause.charStart,
        charEnd: clause.charEnd,
        text: clauseText,
      }).lastInsertRowid,
    );
    this.statements.insertFts.run(clauseId, clauseText, clause.heading ?? '', clause.number ?? '');
    clause.chunks.forEach((chunk, chunkOrdinal) => {
      this.statements.insertChunk.run(clauseId, chunkOrdinal, chunk.charStart, chunk.charEnd);
    });
  }
}
