/** The grid's columns in the database: the user's own types, edits of built-ins, and saved column sets. */
import type { Database } from 'better-sqlite3';
import type { ClauseTypeDefinition, ClauseTypeEdit, ClauseTypeInput, ColumnSet } from '../../../shared/review';
import { NotFoundError, QueryError } from '../../../shared/errors';
import { BUILT_IN_TYPES, typeSlug, type TypeStructure } from './builtin-types';
import { LEARNED_TERMS } from './learned-terms';

/** A type with what the ranker needs beyond the public definition. */
export interface ResolvedType extends ClauseTypeDefinition {
  structure: TypeStructure;
  /** Words learned for a built-in type from training contracts (empty for the user's own). */
  learned: ReadonlyArray<[string, number]>;
}

interface TypeRow {
  id: string;
  name: string;
  description: string;
  request: string;
  built_in: number;
  hidden: number;
}

const MAX_NAME = 120;
const MAX_TEXT = 2000;

export class ReviewTypeStore {
  constructor(private readonly db: Database) {}

  /** Built-ins in CUAD order (with the user's edits), then the user's own in the order added. */
  list(): ResolvedType[] {
    const rows = this.db.prepare('SELECT id, name, description, request, built_in, hidden FROM review_types ORDER BY created_at, id').all() as TypeRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const builtIns = BUILT_IN_TYPES.map((t): ResolvedType => {
      const id = typeSlug(t.name);
      const edit = byId.get(id);
      return {
        id,
        name: edit?.name ?? t.name,
        description: edit?.description ?? t.description,
        request: edit?.request ?? t.request,
        valueKind: t.valueKind,
        structure: t.structure,
        // Title, parties and dates are found by the contract's structure, not by vocabulary.
        learned: t.structure === 'body' ? (LEARNED_TERMS[id] ?? []) : [],
        builtIn: true,
        hidden: edit ? edit.hidden === 1 : false,
      };
    });
    const custom = rows
      .filter((r) => r.built_in === 0)
      .map((r): ResolvedType => ({
        id: r.id,
        name: r.name,
        description: r.description,
        request: r.request,
        valueKind: 'yesno',
        structure: 'body',
        learned: [],
        builtIn: false,
        hidden: r.hidden === 1,
      }));
    return [...builtIns, ...custom];
  }

  get(typeId: string): ResolvedType {
    const type = this.list().find((t) => t.id === typeId);
    if (!type) throw new NotFoundError(`There is no clause type with id "${typeId}"; list the types to see their ids.`);
    return type;
  }

  /** Finds a type by its name, ignoring case. */
  findByName(name: string): ResolvedType | undefined {
    const key = name.trim().toLowerCase();
    return this.list().find((t) => t.name.toLowerCase() === key);
  }

  add(input: ClauseTypeInput): ResolvedType {
    const name = cleanText(input.name, 'name', MAX_NAME);
    const description = cleanText(input.description, 'question or description', MAX_TEXT);
    const request = input.request === undefined || input.request.trim() === '' ? description : cleanText(input.request, 'search request', MAX_TEXT);
    if (this.findByName(name)) throw new QueryError('invalid-review-input', `A column named "${name}" already exists; pick another name.`);
    const id = `custom-${this.nextCustomNumber()}`;
    this.db
      .prepare('INSERT INTO review_types (id, name, description, request, built_in, hidden, created_at) VALUES (?, ?, ?, ?, 0, 0, ?)')
      .run(id, name, description, request, new Date().toISOString());
    return this.get(id);
  }

  edit(typeId: string, edit: ClauseTypeEdit): ResolvedType {
    const current = this.get(typeId);
    const name = edit.name === undefined ? current.name : cleanText(edit.name, 'name', MAX_NAME);
    const other = this.findByName(name);
    if (other && other.id !== typeId) throw new QueryError('invalid-review-input', `A column named "${name}" already exists; pick another name.`);
    const next = {
      name,
      description: edit.description === undefined ? current.description : cleanText(edit.description, 'question or description', MAX_TEXT),
      request: edit.request === undefined ? current.request : cleanText(edit.request, 'search request', MAX_TEXT),
      hidden: edit.hidden === undefined ? current.hidden : edit.hidden,
    };
    this.db
      .prepare(
        `INSERT INTO review_types (id, name, description, request, built_in, hidden, created_at) VALUES (@id, @name, @description, @request, @builtIn, @hidden, @now)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, request = excluded.request, hidden = excluded.hidden`,
      )
      .run({ id: typeId, ...next, hidden: next.hidden ? 1 : 0, builtIn: current.builtIn ? 1 : 0, now: new Date().toISOString() });
    return this.get(typeId);
  }

  listSets(): ColumnSet[] {
    const rows = this.db.prepare('SELECT name, type_ids_json, updated_at FROM review_column_sets ORDER BY name COLLATE NOCASE').all() as Array<{
      name: string;
      type_ids_json: string;
      updated_at: string;
    }>;
    return rows.map((r) => ({ name: r.name, typeIds: JSON.parse(r.type_ids_json) as string[], updatedAt: r.updated_at }));
  }

  /** Saves (or replaces) a named set; every id must be a known type. */
  saveSet(name: string, typeIds: readonly string[]): ColumnSet {
    const setName = cleanText(name, 'set name', MAX_NAME);
    if (typeIds.length === 0) throw new QueryError('invalid-review-input', 'A column set needs at least one column.');
    const known = new Set(this.list().map((t) => t.id));
    const unknown = typeIds.find((id) => !known.has(id));
    if (unknown !== undefined) throw new NotFoundError(`There is no clause type with id "${unknown}"; list the types to see their ids.`);
    const updatedAt = new Date().toISOString();
    this.db
      .prepare(
        `INSERT INTO review_column_sets (name, type_ids_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET type_ids_json = excluded.type_ids_json, updated_at = excluded.updated_at`,
      )
      .run(setName, JSON.stringify([...new Set(typeIds)]), updatedAt);
    return this.getSet(setName);
  }

  getSet(name: string): ColumnSet {
    const set = this.listSets().find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
    if (!set) throw new NotFoundError(`There is no column set named "${name}"; save one first or pick a saved set.`);
    return set;
  }

  deleteSet(name: string): boolean {
    return this.db.prepare('DELETE FROM review_column_sets WHERE name = ?').run(name.trim()).changes > 0;
  }

  private nextCustomNumber(): number {
    const rows = this.db.prepare("SELECT id FROM review_types WHERE id LIKE 'custom-%'").all() as Array<{ id: string }>;
    return Math.max(0, ...rows.map((r) => Number(r.id.slice('custom-'.length)) || 0)) + 1;
  }
}

function cleanText(value: unknown, what: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new QueryError('invalid-review-input', `Give the column's ${what}; it cannot be empty.`);
  if (text.length > max) throw new QueryError('invalid-review-input', `The column's ${what} is longer than ${max} characters; shorten it.`);
  return text;
}
