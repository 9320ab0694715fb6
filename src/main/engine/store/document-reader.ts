import type { Database } from 'better-sqlite3';
import type { Clause, ClauseContext, ClauseWithDocument, DocumentStatus, DocumentSummary } from '../../../shared/api';
import { NotFoundError } from '../../../shared/errors';
import { printedLabelSql } from './printed-page-sql';

interface ClauseRow {
  id: number;
  document_id: number;
  ordinal: number;
  number: string | null;
  heading: string | null;
  path_json: string;
  page_start: number;
  page_end: number;
  char_start: number;
  char_end: number;
  text: string;
}

const CLAUSE_COLUMNS = 'id, document_id, ordinal, number, heading, path_json, page_start, page_end, char_start, char_end, text';

function toClause(row: ClauseRow): Clause {
  return {
    id: row.id,
    documentId: row.document_id,
    ordinal: row.ordinal,
    number: row.number,
    heading: row.heading,
    path: JSON.parse(row.path_json) as string[],
    pageStart: row.page_start,
    pageEnd: row.page_end,
    charStart: row.char_start,
    charEnd: row.char_end,
    text: row.text,
  };
}

const DOCUMENT_SUMMARY_SELECT = `SELECT d.id, d.sha256, d.path, d.title, d.page_count, d.status, d.error, d.ingested_at, d.parties,
       (SELECT COUNT(*) FROM clauses c WHERE c.document_id = d.id) AS clause_count,
       (SELECT COUNT(*) FROM chunks ch JOIN clauses c ON c.id = ch.clause_id WHERE c.document_id = d.id) AS chunk_count,
       (SELECT COUNT(*) FROM chunks ch JOIN clauses c ON c.id = ch.clause_id
         WHERE c.document_id = d.id AND ch.embedded = 1) AS embedded_chunks
FROM documents d`;

interface DocumentSummaryRow {
  id: number;
  sha256: string;
  path: string;
  title: string;
  page_count: number;
  status: DocumentStatus;
  error: string | null;
  ingested_at: string;
  parties: string | null;
  clause_count: number;
  chunk_count: number;
  embedded_chunks: number;
}

function toDocumentSummary(r: DocumentSummaryRow): DocumentSummary {
  return {
    id: r.id,
    sha256: r.sha256,
    path: r.path,
    title: r.title,
    pageCount: r.page_count,
    clauseCount: r.clause_count,
    chunkCount: r.chunk_count,
    embeddedChunks: r.embedded_chunks,
    status: r.status,
    error: r.error,
    ingestedAt: r.ingested_at,
    parties: r.parties,
  };
}

export interface PageSpanRow {
  pageNumber: number;
  charStart: number;
  charEnd: number;
  /** The printed page number when it passed the sequence check, else null. */
  printedLabel: string | null;
}

export interface ClauseSpanRow {
  id: number;
  number: string | null;
  heading: string | null;
  charStart: number;
  charEnd: number;
  pageStart: number;
  pageEnd: number;
}

export interface StoredDocumentRef {
  id: number;
  path: string;
  sha256: string;
  status: DocumentStatus;
}

/** Read-side queries over documents and clauses. */
export class DocumentReader {
  constructor(private readonly db: Database) {}

  listDocuments(): DocumentSummary[] {
    return (this.db.prepare(`${DOCUMENT_SUMMARY_SELECT} ORDER BY d.title COLLATE NOCASE, d.id`).all() as DocumentSummaryRow[]).map(
      toDocumentSummary,
    );
  }

  /** One document's summary; an unknown id raises a NotFoundError. */
  getDocument(documentId: number): DocumentSummary {
    const row = this.db.prepare(`${DOCUMENT_SUMMARY_SELECT} WHERE d.id = ?`).get(documentId) as DocumentSummaryRow | undefined;
    if (!row) throw new NotFoundError(`There is no document with id ${documentId}; it may have been removed.`);
    return toDocumentSummary(row);
  }

  /** The document's full text, which every clause's and page's offsets point into. */
  getDocumentText(documentId: number): string {
    const row = this.db.prepare('SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string } | undefined;
    if (!row) throw new NotFoundError(`There is no document with id ${documentId}; it may have been removed.`);
    return row.text;
  }

  /** Each page's character span in the document's text, in page order. */
  getPageSpans(documentId: number): PageSpanRow[] {
    return this.db
      .prepare(
        `SELECT page_number AS pageNumber, char_start AS charStart, char_end AS charEnd,
                CASE WHEN printed_check IN ('sequence', 'inferred') THEN printed_label END AS printedLabel
         FROM pages WHERE document_id = ? ORDER BY page_number`,
      )
      .all(documentId) as PageSpanRow[];
  }

  /** Where each clause sits in the document (no text: the view slices it from the document's text). */
  getClauseSpans(documentId: number): ClauseSpanRow[] {
    return this.db
      .prepare(
        `SELECT id, number, heading, char_start AS charStart, char_end AS charEnd, page_start AS pageStart, page_end AS pageEnd
         FROM clauses WHERE document_id = ? ORDER BY ordinal`,
      )
      .all(documentId) as ClauseSpanRow[];
  }

  /** A ready document with these bytes; the one at `preferPath` when that is one of them. */
  findReadyBySha256(sha256: string, preferPath = ''): StoredDocumentRef | undefined {
    return this.db
      .prepare("SELECT id, path, sha256, status FROM documents WHERE sha256 = ? AND status = 'ready' ORDER BY path = ? DESC, id LIMIT 1")
      .get(sha256, preferPath) as StoredDocumentRef | undefined;
  }

  findByPath(path: string): StoredDocumentRef | undefined {
    return this.db.prepare('SELECT id, path, sha256, status FROM documents WHERE path = ?').get(path) as
      | StoredDocumentRef
      | undefined;
  }

  getClause(clauseId: number): ClauseWithDocument {
    const row = this.db
      .prepare(
        `SELECT ${CLAUSE_COLUMNS.split(', ').map((c) => 'c.' + c).join(', ')}, d.title AS document_title, d.path AS document_path,
                d.sha256 AS document_sha256,
                ${printedLabelSql('c.document_id', 'c.page_start')} AS printed_start, ${printedLabelSql('c.document_id', 'c.page_end')} AS printed_end
         FROM clauses c JOIN documents d ON d.id = c.document_id WHERE c.id = ?`,
      )
      .get(clauseId) as
      | (ClauseRow & { document_title: string; document_path: string; document_sha256: string; printed_start: string | null; printed_end: string | null })
      | undefined;
    if (!row) throw new NotFoundError(`There is no clause with id ${clauseId}; run a search to find clause ids.`);
    return {
      ...toClause(row),
      documentTitle: row.document_title,
      documentPath: row.document_path,
      documentSha256: row.document_sha256,
      printedPageStart: row.printed_start,
      printedPageEnd: row.printed_end,
    };
  }

  /** The clause with up to `radius` clauses before and after it in its document. */
  getClauseContext(clauseId: number, radius = 2): ClauseContext {
    const clause = this.getClause(clauseId);
    const around = this.db
      .prepare(
        `SELECT ${CLAUSE_COLUMNS} FROM clauses WHERE document_id = ? AND ordinal BETWEEN ? AND ? AND id != ? ORDER BY ordinal`,
      )
      .all(clause.documentId, clause.ordinal - radius, clause.ordinal + radius, clause.id) as ClauseRow[];
    const clauses = around.map(toClause);
    return {
      clause,
      before: clauses.filter((c) => c.ordinal < clause.ordinal),
      after: clauses.filter((c) => c.ordinal > clause.ordinal),
    };
  }

  /** Clauses by id, in the order asked for; unknown ids raise a NotFoundError. */
  getClauses(clauseIds: readonly number[]): ClauseWithDocument[] {
    return clauseIds.map((id) => this.getClause(id));
  }
}
