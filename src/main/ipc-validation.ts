/**
 * Every argument that arrives over IPC is checked here before it reaches the engine:
 * the renderer is sandboxed, but it renders text from arbitrary PDFs, so it is treated
 * as untrusted. Each check is a pure function (no Electron), returns the value typed,
 * and throws an InvalidRequestError with one plain sentence; unknown keys are refused.
 */
import path from 'node:path';
import type { ExportFormat, SearchMode } from '../shared/api';
import type { AppSettings, ExportAudit, ExportRequest, ExportResult, SearchRequest } from '../shared/app-api';
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
  const r = record(value, 'The search request', ['requestId', 'query', 'mode', 'topK', 'topN', 'documentIds'], ['requestId', 'query']);
  return present({
    requestId: integer(r.requestId, 'requestId', 0, Number.MAX_SAFE_INTEGER),
    query: text(r.query, 'The query', IPC_LIMITS.queryLength),
    mode: r.mode === undefined ? undefined : oneOf(r.mode, 'mode', SEARCH_MODES),
    topK: r.topK === undefined ? undefined : integer(r.topK, 'topK', SETTINGS_LIMITS.topK.min, SETTINGS_LIMITS.topK.max),
    topN: r.topN === undefined ? undefined : integer(r.topN, 'topN', SETTINGS_LIMITS.topN.min, SETTINGS_LIMITS.topN.max),
    documentIds: r.documentIds === undefined ? undefined : list(r.documentIds, 'documentIds', IPC_LIMITS.ids, (v) => id(v, 'A document id')),
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

const EXPORT_MIME_TYPES = ['text/markdown', 'text/csv', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/** The file the renderer asks main to save: a name for the dialog (no folders), a known type, bytes. */
export function validateExportResult(value: unknown): ExportResult {
  const r = record(value, 'The export', ['fileName', 'mimeType', 'bytes', 'audit'], ['fileName', 'mimeType', 'bytes']);
  const fileName = text(r.fileName, 'The file name', IPC_LIMITS.fileNameLength);
  if (/[/\\\0]/.test(fileName) || fileName === '.' || fileName === '..') fail('The file name must not contain a folder.');
  const mimeType = oneOf(r.mimeType, 'The file type', EXPORT_MIME_TYPES);
  if (!(r.bytes instanceof Uint8Array) || r.bytes.byteLength > IPC_LIMITS.exportBytes) fail('The export must be bytes, at most 512 MB.');
  return r.audit === undefined ? { fileName, mimeType, bytes: r.bytes } : { fileName, mimeType, bytes: r.bytes, audit: validateExportAudit(r.audit) };
}
