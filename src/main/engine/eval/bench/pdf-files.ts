/** The real contract PDFs of the eval data: the CUAD sample (7 born-digital, 2 OCR'd scans) and the DocuInsight three. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const PDF_DIRS = ['raw/cuad_v1_pdf_sample', 'raw/contract_pdfs_docuinsight'] as const;

/** .pdf/.PDF names only (the folders also hold a LICENSE), sorted by code unit. */
export function pickPdfNames(names: readonly string[]): string[] {
  return names.filter((n) => n.toLowerCase().endsWith('.pdf')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function listRealPdfs(dataDir: string): string[] {
  const files = PDF_DIRS.flatMap((rel) => {
    const dir = path.join(dataDir, rel);
    return pickPdfNames(readdirSync(dir)).map((n) => path.join(dir, n));
  });
  if (files.length === 0) throw new Error(`No PDFs in ${PDF_DIRS.join(' or ')} under ${dataDir}; pass --data DIR (the eval-data folder).`);
  return files;
}
