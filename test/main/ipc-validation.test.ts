import { describe, expect, it } from 'vitest';
import { ENGINE_METHODS } from '../../src/main/engine-host/protocol';
import { ENGINE_ARG_VALIDATORS, IPC_LIMITS, validateEngineArgs, validateExportResult } from '../../src/main/ipc-validation';

const ok = (method: Parameters<typeof validateEngineArgs>[0], args: unknown[]) => validateEngineArgs(method, args);
const bad = (method: Parameters<typeof validateEngineArgs>[0], args: unknown) =>
  expect(() => validateEngineArgs(method, args), JSON.stringify(args)).toThrowError(expect.objectContaining({ name: 'InvalidRequestError', message: expect.stringMatching(/^[A-Za-z].*\.$/) }));

describe('IPC argument validation', () => {
  it('has a validator for every engine method', () => {
    expect(Object.keys(ENGINE_ARG_VALIDATORS).sort()).toEqual([...ENGINE_METHODS].sort());
  });

  it('methods without arguments take none', () => {
    for (const method of ['info', 'listDocuments', 'getSettings', 'modelStatus'] as const) {
      expect(ok(method, [])).toEqual([]);
      bad(method, [1]);
      bad(method, 'x');
    }
  });

  it('addPaths: a non-empty list of absolute paths', () => {
    expect(ok('addPaths', [['/contracts', '/tmp/a.pdf']])).toEqual([['/contracts', '/tmp/a.pdf']]);
    for (const args of [[[]], [['relative/a.pdf']], [['/a\0b']], [[42]], ['/a'], [['/a'], 'extra'], [], [['/' + 'x'.repeat(IPC_LIMITS.pathLength)]], [Array(IPC_LIMITS.paths + 1).fill('/a')]]) bad('addPaths', args);
  });

  it('cancelJob: a job id', () => {
    expect(ok('cancelJob', ['job-0b6d3f8e-1111-4c3a-9f00-123456789abc'])).toEqual(['job-0b6d3f8e-1111-4c3a-9f00-123456789abc']);
    for (const args of [[''], ['job 1'], ['../x'], [7], ['x'.repeat(65)], []]) bad('cancelJob', args);
  });

  it('document and clause ids are positive safe integers', () => {
    for (const method of ['removeDocument', 'getDocumentView', 'getPdfBytes'] as const) {
      expect(ok(method, [3])).toEqual([3]);
      for (const args of [[0], [-1], [1.5], ['3'], [Number.MAX_SAFE_INTEGER + 1], [NaN], [null], [], [1, 2]]) bad(method, args);
    }
    expect(ok('getClauseContext', [9])).toEqual([9]);
    expect(ok('getClauseContext', [9, 0])).toEqual([9, 0]);
    expect(ok('getClauseContext', [9, IPC_LIMITS.contextRadius])).toEqual([9, IPC_LIMITS.contextRadius]);
    for (const args of [[9, -1], [9, IPC_LIMITS.contextRadius + 1], [9, 1.5], ['9'], [9, 1, 1]]) bad('getClauseContext', args);
  });

  it('search: requestId and query required, known fields only, ranges checked', () => {
    expect(ok('search', [{ requestId: 0, query: 'force majeure' }])).toEqual([{ requestId: 0, query: 'force majeure' }]);
    const full = { requestId: 4, query: 'Section 4.2', mode: 'hybrid', topK: 5, topN: 200, documentIds: [1, 2] };
    expect(ok('search', [full])).toEqual([full]);
    expect(ok('search', [{ requestId: 1, query: 'q', mode: undefined }])).toEqual([{ requestId: 1, query: 'q' }]);
    for (const request of [
      { query: 'q' },
      { requestId: 1 },
      { requestId: -1, query: 'q' },
      { requestId: 1, query: '' },
      { requestId: 1, query: 'x'.repeat(IPC_LIMITS.queryLength + 1) },
      { requestId: 1, query: 'q', mode: 'semantic' },
      { requestId: 1, query: 'q', topK: 0 },
      { requestId: 1, query: 'q', topK: 1001 },
      { requestId: 1, query: 'q', topN: 2.5 },
      { requestId: 1, query: 'q', documentIds: [] },
      { requestId: 1, query: 'q', documentIds: [0] },
      { requestId: 1, query: 'q', clauseIds: [1] },
      { requestId: 1, query: 'q', __proto__: { polluted: true } },
      [1, 'q'],
      null,
    ]) bad('search', [request]);
    bad('search', [{ requestId: 1, query: 'q' }, {}]);
    class Sneaky { requestId = 1; query = 'q'; }
    bad('search', [new Sneaky()]);
  });

  it('exportClauses: clause ids, a known format, an optional query', () => {
    expect(ok('exportClauses', [{ clauseIds: [4, 2], format: 'docx', query: '' }])).toEqual([{ clauseIds: [4, 2], format: 'docx', query: '' }]);
    for (const request of [{ clauseIds: [], format: 'md' }, { clauseIds: [1], format: 'pdf' }, { clauseIds: [1] }, { clauseIds: ['1'], format: 'md' }, { clauseIds: [1], format: 'md', path: '/tmp/x' }, { clauseIds: [1], format: 'csv', query: 3 }]) {
      bad('exportClauses', [request]);
    }
  });

  it('updateSettings: a patch of known settings in range; null models folder means lexical only', () => {
    expect(ok('updateSettings', [{}])).toEqual([{}]);
    expect(ok('updateSettings', [{ topK: 20, topN: 300, rrfK: 60, lexicalWeight: 0, semanticWeight: 2.5, modelsDir: '/models' }])).toEqual([
      { topK: 20, topN: 300, rrfK: 60, lexicalWeight: 0, semanticWeight: 2.5, modelsDir: '/models' },
    ]);
    expect(ok('updateSettings', [{ modelsDir: null }])).toEqual([{ modelsDir: null }]);
    for (const patch of [{ topK: 0 }, { topN: 1001 }, { rrfK: 0 }, { rrfK: 1.5 }, { lexicalWeight: -0.1 }, { semanticWeight: Infinity }, { semanticWeight: '1' }, { modelsDir: 'models' }, { modelsDir: 7 }, { theme: 'dark' }]) {
      bad('updateSettings', [patch]);
    }
    bad('updateSettings', []);
  });

  it('save-export: a bare file name, a known type and bytes', () => {
    const good = { fileName: 'cited-clauses-2024-01-02.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array([1, 2]) };
    expect(validateExportResult(good)).toEqual(good);
    for (const result of [
      { ...good, fileName: '../evil.docx' },
      { ...good, fileName: 'a/b.md' },
      { ...good, fileName: 'C:\\x.md' },
      { ...good, fileName: '' },
      { ...good, mimeType: 'application/x-msdownload' },
      { ...good, bytes: [1, 2] },
      { ...good, extra: 1 },
      { fileName: 'a.md', mimeType: 'text/markdown' },
    ]) {
      expect(() => validateExportResult(result)).toThrowError(expect.objectContaining({ name: 'InvalidRequestError' }));
    }
  });
});
