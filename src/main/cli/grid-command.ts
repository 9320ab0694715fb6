/** `clause-search grid`: the review grid of contracts × clause types, as a table, CSV, Excel, Word or JSON. */
import { openLibrary } from './library-key';
import { writeFile } from 'node:fs/promises';
import type { GridExportFormat, GridResult } from '../../shared/review';
import { cellCitation, cellSummary } from '../engine/review/export/grid-citation';
import { renderGridExport } from '../engine/review/export/write-grid-export';
import type { ReviewGrid } from '../engine/review/review-grid';
import { parseCommand, requireDb } from './options';
import { UsageError } from './usage-error';

const FORMATS: readonly GridExportFormat[] = ['csv', 'xlsx', 'json', 'docx'];

export async function gridCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' },
    types: { type: 'string' },
    set: { type: 'string' },
    docs: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}"; see clause-search --help.`);
  if (values.types !== undefined && values.set !== undefined) throw new UsageError('Give either --types or --set, not both.');
  const format = gridFormat(values.format, values.out);
  if (format === 'xlsx' && !values.out) throw new UsageError('An Excel grid needs a file: add --out FILE.xlsx.');
  if (format === 'docx' && !values.out) throw new UsageError('A Word memo needs a file: add --out FILE.docx.');
  const documentIds = values.docs === undefined ? undefined : parseDocIds(values.docs);

  const engine = await openLibrary(requireDb(values.db));
  try {
    const typeIds = resolveTypeIds(engine.review, values.types, values.set);
    const started = performance.now();
    const grid = await engine.review.computeGrid(
      { typeIds, documentIds },
      {
        onProgress: (p) => {
          if (p.typeName !== null) err.write(`Grid: ${p.typesDone}/${p.typeCount} types (${p.typeName}), ${p.cellsDone}/${p.cellCount} cells\n`);
        },
      },
    );
    err.write(`Grid: ${grid.rows.length} contract(s) × ${grid.types.length} type(s) in ${((performance.now() - started) / 1000).toFixed(1)} s (${grid.cachedCells} cells from the cache).\n`);
    if (format === null) {
      out.write(formatGridTable(grid));
      return 0;
    }
    const rendered = await renderGridExport(format, grid);
    if (values.out) {
      await writeFile(values.out, rendered);
      err.write(`Wrote ${values.out}.\n`);
    } else out.write(rendered);
    return 0;
  } finally {
    engine.close();
  }
}

function gridFormat(format: string | undefined, outFile: string | undefined): GridExportFormat | null {
  if (format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('--format must be csv, xlsx, json or docx.');
    return format as GridExportFormat;
  }
  if (outFile === undefined) return null;
  const ext = outFile.toLowerCase().split('.').pop() ?? '';
  if ((FORMATS as readonly string[]).includes(ext)) return ext as GridExportFormat;
  throw new UsageError('Say which format to write with --format csv|xlsx|json|docx.');
}

function parseDocIds(text: string): number[] {
  return text.split(',').map((part) => {
    const n = Number(part.trim());
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`"${part.trim()}" is not a document id; see the ids that clause-search docs prints.`);
    return n;
  });
}

/** --types takes names (or ids) separated by commas; --set a saved column set. */
export function resolveTypeIds(review: ReviewGrid, types: string | undefined, set: string | undefined): string[] | undefined {
  if (set !== undefined) return review.types.getSet(set).typeIds;
  if (types === undefined) return undefined;
  const all = review.listTypes();
  const names = types.split(',').map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) throw new UsageError('--types needs at least one clause type name.');
  return names.map((name) => {
    const type = all.find((t) => t.name.toLowerCase() === name.toLowerCase() || t.id === name);
    if (!type) throw new UsageError(`There is no clause type "${name}"; the types are: ${all.map((t) => t.name).join(', ')}.`);
    return type.id;
  });
}

/** Plain text: each contract, then one line per type with its value or clause and citation. */
export function formatGridTable(grid: GridResult): string {
  if (grid.rows.length === 0) return 'No documents yet; add some with: clause-search ingest --db FILE PATH...\n';
  const width = Math.max(...grid.types.map((t) => t.name.length));
  const lines: string[] = [];
  for (const row of grid.rows) {
    lines.push(`[${row.documentId}] ${row.documentTitle}`);
    for (const t of grid.types) {
      const cell = row.cells[t.id]!;
      const where = cell.clause ? ` (${cellCitation(cell.clause)})` : '';
      lines.push(`  ${t.name.padEnd(width)}  ${cell.confidence.toFixed(2)}  ${cellSummary(cell, 100)}${where}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
