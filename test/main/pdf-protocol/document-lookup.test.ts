import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../src/shared/api';
import type { AppEvent } from '../../../src/shared/app-api';
import { documentLookup } from '../../../src/main/pdf-protocol/document-lookup';

function fakeEngine(docs: Array<Pick<DocumentSummary, 'id' | 'path' | 'sha256'>>) {
  const listeners: Array<(event: AppEvent) => void> = [];
  const engine = {
    lists: 0,
    docs,
    async call(_method: 'listDocuments', _args: []) {
      engine.lists++;
      return engine.docs as DocumentSummary[];
    },
    onEvent(listener: (event: AppEvent) => void) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    emit: (event: AppEvent) => listeners.forEach((l) => l(event)),
  };
  return engine;
}

describe('documentLookup', () => {
  it('reads the library once for many requests, and again after it changes', async () => {
    const engine = fakeEngine([{ id: 1, path: '/c/a.pdf', sha256: 'aa' }]);
    const lookup = documentLookup(engine);
    for (let i = 0; i < 5; i++) expect(await lookup.lookup(1)).toEqual({ path: '/c/a.pdf', sha256: 'aa' });
    expect(engine.lists).toBe(1);
    engine.docs = [{ id: 1, path: '/c/a.pdf', sha256: 'bb' }];
    engine.emit({ type: 'library-changed' });
    expect(await lookup.lookup(1)).toEqual({ path: '/c/a.pdf', sha256: 'bb' });
    expect(engine.lists).toBe(2);
  });

  it('looks again for an id it does not know yet, and answers null for one that does not exist', async () => {
    const engine = fakeEngine([]);
    const lookup = documentLookup(engine);
    expect(await lookup.lookup(2)).toBeNull();
    engine.docs = [{ id: 2, path: '/c/b.pdf', sha256: 'cc' }];
    expect(await lookup.lookup(2)).toEqual({ path: '/c/b.pdf', sha256: 'cc' });
    lookup.dispose();
  });
});
