/** SQL for a page's trusted printed number (migration 0006): only numbers that passed the sequence check are cited. */
export function printedLabelSql(documentIdColumn: string, pageNumberColumn: string): string {
  return `(SELECT pg.printed_label FROM pages pg WHERE pg.document_id = ${documentIdColumn} AND pg.page_number = ${pageNumberColumn}
           AND pg.printed_check IN ('sequence', 'inferred'))`;
}
