/**
 * Every argument that arrives over IPC is checked here before it reaches the engine:
 * the renderer is sandboxed, but it renders text from arbitrary PDFs, so it is treated
 * as untrusted. Each check is a pure function (no Electron), returns the value typed,
 * and throws an InvalidRequestError with one plain sentence; unknown keys are refused.
 */
import path from 'node:path';
import type { ExportFormat, SearchMode } from '../shared/api';
import type { AppSettings, ExportAudit, ExportRequest, ExportResult, SearchRequest } from '../shared/app-api';
import type { ClauseTypeEdit, ClauseTypeInput, GridExportFormat, GridExportRequest, GridFillRequest, GridViewport, ReviewState, ReviewUpdate } from '../shared/grid-api';
import type { EngineArgs, EngineMethod } from './engine-host/protocol';
import { SETTINGS_LIMITS } from './engine-host/settings-limits';
import { ERROR_NAMES } from './engine-host/wire-error';

export const IPC_LIMITS = {
  /** Long enough to paste a whole clause as the query ("find clauses like this one"). */
  queryLength: 10_000,
  paths: 10_000,
  pathLength: SETTINGS_LIMITS.pathLength,
  ids: 10_000,
  contextRadius: 20,
  jobIdLength: 64,
  fileNameLength: 255,
  exportBytes: 512 * 1024 * 1024,
  typeIdLength: 64,
  typeNameLength: 120,
  typeTextLength: 2000,
  types: 1000,
  noteLength: 4000,
} as const;

export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = ERROR_NAMES.invalid;
  }
}

type Validator<T extends unknown[]> = (args: unknown[]) => T;

function fail(message: string): never {
  throw new InvalidRequestError(message);
}

function argCount(args: unknown[], min: number, max: number, what: string): void {
  if (args.length < min || args.length > max) {
    fail(min === max ? `${what} takes ${min} argument(s), not ${args.length}.` : `${what} takes ${min} to ${max} arguments, not ${args.length}.`);
  }
}

function integer(value: unknown, what: string, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) fail(`${what} must be a whole number from ${min} to ${max}.`);
  return value as number;
}

function id(value: unknown, what: string): number {
  return integer(value, what, 1, Number.MAX_SAFE_INTEGER);
}

function finite(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail(`${what} must be a number from ${min} to ${max}.`);
  return value;
}

function text(value: unknown, what: string, maxLength: number, minLength = 1): string {
  if (typeof value !== 'string' || value.length < minLength || value.length > maxLength) {
    fail(`${what} must be text of ${minLength} to ${maxLength} characters.`);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, what: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail(`${what} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

export function absolutePath(value: unknown, what = 'A path'): string {
  const p = text(value, what, IPC_LIMITS.pathLength);
  if (p.includes('\0') || !path.isAbsolute(p)) fail(`${what} must be an absolute path.`);
  return p;
}

function list<T>(value: unknown, what: string, max: number, item: (v: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > max) fail(`${what} must be a list of 1 to ${max} items.`);
  return value.map(item);
}

/** A plain data object whose keys are all in `allowed` (required ones present). */
function record(value: unknown, what: string, allowed: readonly string[], required: readonly string[] = []): Record<string, unknown> {
  const proto = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (proto !== Object.prototype && proto !== null) fail(`${what} must be an object.`);
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) if (!allowed.includes(key)) fail(`${what} has an unknown field "${key}".`);
  for (const key of required) if (object[key] === undefined) fail(`${what} needs the field "${key}".`);
  return object;
}

/** Copies the fields that are present (not undefined), so no stray key survives. */
function present<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

const noArgs =
  (what: string): Validator<[]> =>
  (args) => {
    argCount(args, 0, 0, what);
    return [];
  };

const SEARCH_MODES: readonly SearchMode[] = ['lexical', 'hybrid', 'full'];
const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'csv', 'docx'];
const SETTINGS_KEYS: ReadonlyArray<keyof AppSettings> = ['topK', 'topN', 'rrfK', 'lexicalWeight', 'semanticWeight', 'modelsDir'];

export function validateSearchRequest(value: unknown): SearchRequest & { requestId: number } {
  const r = record(value, 'The search request', ['requestId', 'query', 'mode', 'topK', 'topN', 'documentIds', 'autoScope'], ['requestId', 'query']);
  if (r.autoScope !== undefined && typeof r.autoScope !== 'boolean') fail('autoScope must be true or false.');
  return present({
    requestId: integer(r.requestId, 'requestId', 0, Number.MAX_SAFE_INTEGER),
    query: text(r.query, 'The query', IPC_LIMITS.queryLength),
    mode: r.mode === undefined ? undefined : oneOf(r.mode, 'mode', SEARCH_MODES),
    topK: r.topK === undefined ? undefined : integer(r.topK, 'topK', SETTINGS_LIMITS.topK.min, SETTINGS_LIMITS.topK.max),
    topN: r.topN === undefined ? undefined : integer(r.topN, 'topN', SETTINGS_LIMITS.topN.min, SETTINGS_LIMITS.topN.max),
    documentIds: r.documentIds === undefined ? undefined : list(r.documentIds, 'documentIds', IPC_LIMITS.ids, (v) => id(v, 'A document id')),
    autoScope: r.autoScope as boolean | undefined,
  });
}

export function validateExportRequest(value: unknown): ExportRequest {
  const r = record(value, 'The export request', ['clauseIds', 'format', 'query'], ['clauseIds', 'format']);
  return present({
    clauseIds: list(r.clauseIds, 'clauseIds', IPC_LIMITS.ids, (v) => id(v, 'A clause id')),
    format: oneOf(r.format, 'format', EXPORT_FORMATS),
    query: r.query === undefined ? undefined : text(r.query, 'The query', IPC_LIMITS.queryLength, 0),
  });
}

export function validateSettingsPatch(value: unknown): Partial<AppSettings> {
  const r = record(value, 'The settings', SETTINGS_KEYS);
  const L = SETTINGS_LIMITS;
  return present({
    topK: r.topK === undefined ? undefined : integer(r.topK, 'topK', L.topK.min, L.topK.max),
    topN: r.topN === undefined ? undefined : integer(r.topN, 'topN', L.topN.min, L.topN.max),
    rrfK: r.rrfK === undefined ? undefined : integer(r.rrfK, 'The RRF k', L.rrfK.min, L.rrfK.max),
    lexicalWeight: r.lexicalWeight === undefined ? undefined : finite(r.lexicalWeight, 'The lexical weight', L.weight.min, L.weight.max),
    semanticWeight: r.semanticWeight === undefined ? undefined : finite(r.semanticWeight, 'The semantic weight', L.weight.min, L.weight.max),
    // null is a value here (lexical only), so it is kept; only undefined means "unchanged".
    modelsDir: r.modelsDir === undefined ? undefined : r.modelsDir === null ? null : absolutePath(r.modelsDir, 'The models folder'),
  });
}

/** One validator per engine method: the table must cover every method (the type checks it). */
export const ENGINE_ARG_VALIDATORS: { [M in EngineMethod]: Validator<EngineArgs<M>> } = {
  info: noArgs('info'),
  listDocuments: noArgs('listDocuments'),
  getSettings: noArgs('getSettings'),
  modelStatus: noArgs('modelStatus'),
  addPaths: (args) => {
    argCount(args, 1, 1, 'addPaths');
    return [list(args[0], 'The paths', IPC_LIMITS.paths, (v) => absolutePath(v))];
  },
  cancelJob: (args) => {
    argCount(args, 1, 1, 'cancelJob');
    const jobId = text(args[0], 'The job id', IPC_LIMITS.jobIdLength);
    if (!/^[A-Za-z0-9-]+$/.test(jobId)) fail('The job id must be letters, digits and dashes.');
    return [jobId];
  },
  removeDocument: (args) => {
    argCount(args, 1, 1, 'removeDocument');
    return [id(args[0], 'The document id')];
  },
  search: (args) => {
    argCount(args, 1, 1, 'search');
    return [validateSearchRequest(args[0])];
  },
  getClauseContext: (args) => {
    argCount(args, 1, 2, 'getClauseContext');
    const clauseId = id(args[0], 'The clause id');
    return args[1] === undefined ? [clauseId] : [clauseId, integer(args[1], 'The context radius', 0, IPC_LIMITS.contextRadius)];
  },
  getClauseLinks: (args) => {
    argCount(args, 1, 1, 'getClauseLinks');
    return [id(args[0], 'The clause id')];
  },
  findSimilar: (args) => {
    argCount(args, 1, 1, 'findSimilar');
    return [id(args[0], 'The clause id')];
  },
  getDocumentView: (args) => {
    argCount(args, 1, 1, 'getDocumentView');
    return [id(args[0], 'The document id')];
  },
  getPdfBytes: (args) => {
    argCount(args, 1, 1, 'getPdfBytes');
    return [id(args[0], 'The document id')];
  },
  exportClauses: (args) => {
    argCount(args, 1, 1, 'exportClauses');
    return [validateExportRequest(args[0])];
  },
  updateSettings: (args) => {
    argCount(args, 1, 1, 'updateSettings');
    return [validateSettingsPatch(args[0])];
  },
  listHistory: noArgs('listHistory'),
  exportHistory: noArgs('exportHistory'),
  compactLibrary: noArgs('compactLibrary'),
  listWatchedFolders: noArgs('listWatchedFolders'),
  watchFolder: (args) => {
    argCount(args, 1, 1, 'watchFolder');
    return [absolutePath(args[0], 'The folder')];
  },
  unwatchFolder: (args) => {
    argCount(args, 1, 1, 'unwatchFolder');
    return [absolutePath(args[0], 'The folder')];
  },
  recordExport: (args) => {
    argCount(args, 1, 1, 'recordExport');
    const r = record(args[0], 'The export record', ['clauseIds', 'format', 'query', 'file'], ['clauseIds', 'format', 'file']);
    return [
      present({
        ...validateExportAudit({ clauseIds: r.clauseIds, format: r.format, query: r.query }),
        file: absolutePath(r.file, 'The exported file'),
      }),
    ];
  },
  // ---- the review grid ----
  listClauseTypes: noArgs('listClauseTypes'),
  listColumnSets: noArgs('listColumnSets'),
  addClauseType: (args) => {
    argCount(args, 1, 1, 'addClauseType');
    return [validateClauseTypeInput(args[0])];
  },
  editClauseType: (args) => {
    argCount(args, 2, 2, 'editClauseType');
    return [typeId(args[0]), validateClauseTypeEdit(args[1])];
  },
  saveColumnSet: (args) => {
    argCount(args, 2, 2, 'saveColumnSet');
    return [setName(args[0]), list(args[1], 'The columns', IPC_LIMITS.types, typeId)];
  },
  removeColumnSet: (args) => {
    argCount(args, 1, 1, 'removeColumnSet');
    return [setName(args[0])];
  },
  startGridFill: (args) => {
    argCount(args, 1, 1, 'startGridFill');
    return [validateGridFillRequest(args[0])];
  },
  setGridViewport: (args) => {
    argCount(args, 2, 2, 'setGridViewport');
    return [gridId(args[0]), validateGridViewport(args[1])];
  },
  cancelGridFill: (args) => {
    argCount(args, 1, 1, 'cancelGridFill');
    return [gridId(args[0])];
  },
  getGridCell: (args) => {
    argCount(args, 2, 2, 'getGridCell');
    return [id(args[0], 'The document id'), typeId(args[1])];
  },
  setCellReview: (args) => {
    argCount(args, 1, 1, 'setCellReview');
    return [validateReviewUpdate(args[0])];
  },
  exportGrid: (args) => {
    argCount(args, 1, 1, 'exportGrid');
    return [validateGridExportRequest(args[0])];
  },
  documentsWhereFound: (args) => {
    argCount(args, 1, 1, 'documentsWhereFound');
    return [typeId(args[0])];
  },
  // ---- citations and titles ----
  renameDocument: (args) => {
    argCount(args, 2, 2, 'renameDocument');
    const title = text(args[1], 'The title', 300).replace(/\s+/g, ' ').trim();
    if (!title) fail('The title must not be empty.');
    return [id(args[0], 'The document id'), title];
  },
  listCitedClauses: noArgs('listCitedClauses'),
  setCitedClause: (args) => {
    argCount(args, 2, 2, 'setCitedClause');
    return [id(args[0], 'The clause id'), args[1] === null ? null : text(args[1], 'The query', IPC_LIMITS.queryLength, 0)];
  },
};

/** The clauses an export carries for the history (see ExportResult.audit). */
export function validateExportAudit(value: unknown): ExportAudit {
  const r = record(value, 'The export audit', ['clauseIds', 'format', 'query'], ['clauseIds', 'format']);
  return present({
    clauseIds: list(r.clauseIds, 'clauseIds', IPC_LIMITS.ids, (v) => id(v, 'A clause id')),
    format: oneOf(r.format, 'format', EXPORT_FORMATS),
    query: r.query === undefined ? undefined : text(r.query, 'The query', IPC_LIMITS.queryLength, 0),
  });
}

export function validateEngineArgs<M extends EngineMethod>(method: M, args: unknown): EngineArgs<M> {
  if (!Array.isArray(args)) fail(`The arguments to ${method} must be a list.`);
  return ENGINE_ARG_VALIDATORS[method](args);
}

const EXPORT_MIME_TYPES = [
  'text/markdown',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** The file the renderer asks main to save: a name for the dialog (no folders), a known type, bytes. */
export function validateExportResult(value: unknown): ExportResult {
  const r = record(value, 'The export', ['fileName', 'mimeType', 'bytes', 'audit'], ['fileName', 'mimeType', 'bytes']);
  const fileName = text(r.fileName, 'The file name', IPC_LIMITS.fileNameLength);
  if (/[/\\\0]/.test(fileName) || fileName === '.' || fileName === '..') fail('The file name must not contain a folder.');
  const mimeType = oneOf(r.mimeType, 'The file type', EXPORT_MIME_TYPES);
  if (!(r.bytes instanceof Uint8Array) || r.bytes.byteLength > IPC_LIMITS.exportBytes) fail('The export must be bytes, at most 512 MB.');
  return r.audit === undefined ? { fileName, mimeType, bytes: r.bytes } : { fileName, mimeType, bytes: r.bytes, audit: validateExportAudit(r.audit) };
}

// ---- the review grid: columns, column sets, fills, reviews, export ----

const REVIEW_STATES: readonly ReviewState[] = ['unreviewed', 'verified', 'flagged'];
const GRID_EXPORT_FORMATS: readonly GridExportFormat[] = ['xlsx', 'csv', 'docx'];

/** Built-in ids are slugs ("governing-law"), the user's own "custom-N". */
function typeId(value: unknown): string {
  const v = text(value, 'A column id', IPC_LIMITS.typeIdLength);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(v)) fail('A column id must be lower-case letters, digits and dashes.');
  return v;
}

function gridId(value: unknown): string {
  const v = text(value, 'The grid id', IPC_LIMITS.jobIdLength);
  if (!/^[A-Za-z0-9-]+$/.test(v)) fail('The grid id must be letters, digits and dashes.');
  return v;
}

/** A name shown as a column header or a set's name: some visible text, no control characters. */
function displayName(value: unknown, what: string): string {
  const v = text(value, what, IPC_LIMITS.typeNameLength);
  if (v.trim() === '' || /[\u0000-\u001f\u007f]/.test(v)) fail(`${what} must be visible text on one line.`);
  return v;
}

function setName(value: unknown): string {
  return displayName(value, 'The column set name');
}

function typeText(value: unknown, what: string, minLength: number): string {
  const v = text(value, what, IPC_LIMITS.typeTextLength, minLength);
  if (minLength > 0 && v.trim() === '') fail(`${what} must not be blank.`);
  return v;
}

export function validateClauseTypeInput(value: unknown): ClauseTypeInput {
  const r = record(value, 'The column', ['name', 'description', 'request'], ['name', 'description']);
  return present({
    name: displayName(r.name, 'The column name'),
    description: typeText(r.description, 'The question or description', 1),
    request: r.request === undefined ? undefined : typeText(r.request, 'The search request', 1),
  });
}

export function validateClauseTypeEdit(value: unknown): ClauseTypeEdit {
  const r = record(value, 'The column change', ['name', 'description', 'request', 'hidden']);
  if (r.hidden !== undefined && typeof r.hidden !== 'boolean') fail('hidden must be true or false.');
  return present({
    name: r.name === undefined ? undefined : displayName(r.name, 'The column name'),
    description: r.description === undefined ? undefined : typeText(r.description, 'The question or description', 1),
    request: r.request === undefined ? undefined : typeText(r.request, 'The search request', 1),
    hidden: r.hidden as boolean | undefined,
  });
}

export function validateGridViewport(value: unknown): GridViewport {
  const r = record(value, 'The visible cells', ['documentIds', 'typeIds'], ['documentIds', 'typeIds']);
  return {
    documentIds: list(r.documentIds, 'The visible documents', IPC_LIMITS.ids, (v) => id(v, 'A document id')),
    typeIds: list(r.typeIds, 'The visible columns', IPC_LIMITS.types, typeId),
  };
}

export function validateGridFillRequest(value: unknown): GridFillRequest {
  const r = record(value, 'The grid request', ['gridId', 'typeIds', 'documentIds', 'visible'], ['gridId', 'typeIds']);
  return present({
    gridId: gridId(r.gridId),
    typeIds: list(r.typeIds, 'The columns', IPC_LIMITS.types, typeId),
    documentIds: r.documentIds === undefined ? undefined : list(r.documentIds, 'documentIds', IPC_LIMITS.ids, (v) => id(v, 'A document id')),
    visible: r.visible === undefined ? undefined : validateGridViewport(r.visible),
  });
}

export function validateReviewUpdate(value: unknown): ReviewUpdate {
  const r = record(value, 'The review', ['documentId', 'typeId', 'state', 'note'], ['documentId', 'typeId', 'state']);
  return present({
    documentId: id(r.documentId, 'The document id'),
    typeId: typeId(r.typeId),
    state: oneOf(r.state, 'The review state', REVIEW_STATES),
    // null clears the note; undefined leaves it as it was.
    note: r.note === undefined ? undefined : r.note === null ? null : text(r.note, 'The note', IPC_LIMITS.noteLength, 0),
  });
}

export function validateGridExportRequest(value: unknown): GridExportRequest {
  const r = record(value, 'The grid export', ['typeIds', 'documentIds', 'format'], ['typeIds', 'format']);
  return present({
    typeIds: list(r.typeIds, 'The columns', IPC_LIMITS.types, typeId),
    documentIds: r.documentIds === undefined ? undefined : list(r.documentIds, 'documentIds', IPC_LIMITS.ids, (v) => id(v, 'A document id')),
    format: oneOf(r.format, 'format', GRID_EXPORT_FORMATS),
  });
}
