/** One section as terminal text: a title line, its tables, then its notes. */
import { formatTable } from '../text-table';
import type { BenchTable } from './bench-section';

export function renderSection(title: string, output: { tables: readonly BenchTable[]; notes: readonly string[] }): string {
  const parts = [`== ${title} ==`];
  for (const table of output.tables) {
    parts.push(`${table.title !== undefined ? `${table.title}\n` : ''}${formatTable(table.header, table.rows)}`);
  }
  if (output.notes.length > 0) parts.push(output.notes.map((n) => `* ${n}`).join('\n'));
  return parts.join('\n\n');
}
