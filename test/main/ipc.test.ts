import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../src/shared/app-api';
import { ENGINE_METHODS } from '../../src/main/engine-host/protocol';
import { forwardEngineEvents, registerIpcHandlers, type IpcDeps } from '../../src/main/ipc';
import { CHANNELS, engineChannel } from '../../src/shared/desktop-bridge';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup(overrides: Partial<IpcDeps> = {}) {
  const handlers = new Map<string, Listener>();
  const ipc = { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener), removeHandler: (channel: string) => void handlers.delete(channel) };
  const call = vi.fn(async (method: string, args: unknown[]) => ({ method, args }));
  const written: Array<[string, Uint8Array]> = [];
  const logged: string[] = [];
  const deps: IpcDeps = {
    engine: { call } as unknown as IpcDeps['engine'],
    isTrustedSender: () => true,
    chooseSavePath: async (_event, name) => `/home/lawyer/Documents/${name}`,
    chooseContracts: async () => ['/home/lawyer/Contracts'],
    chooseFolder: async () => '/home/lawyer/models',
    writeFile: async (file, bytes) => void written.push([file, bytes]),
    logger: { error: (m) => logged.push(m) },
    ...overrides,
  };
  const unregister = registerIpcHandlers(ipc, deps);
  const invoke = (channel: string, ...args: unknown[]) => handlers.get(channel)!({} as IpcMainInvokeEvent, ...args);
  return { handlers, invoke, call, written, logged, unregister };
}

describe('IPC handlers', () => {
  it('registers one channel per engine method plus the desktop helpers, and removes them all', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual([...ENGINE_METHODS.map(engineChannel), CHANNELS.saveExport, CHANNELS.openFiles, CHANNELS.chooseModelsFolder].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('relays validated arguments to the engine and wraps the answer', async () => {
    const { invoke, call } = setup();
    expect(await invoke('clause-search:search', { requestId: 3, query: 'flood', mode: undefined })).toEqual({
      ok: true,
      value: { method: 'search', args: [{ requestId: 3, query: 'flood' }] },
    });
    expect(call).toHaveBeenCalledWith('search', [{ requestId: 3, query: 'flood' }]);
  });

  it('refuses bad arguments before the engine sees them', async () => {
    const { invoke, call } = setup();
    expect(await invoke('clause-search:addPaths', ['relative.pdf'])).toEqual({ ok: false, error: { name: 'InvalidRequestError', message: 'A path must be an absolute path.' } });
    expect(await invoke('clause-search:getPdfBytes', '7')).toMatchObject({ ok: false, error: { name: 'InvalidRequestError' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses callers other than the app page', async () => {
    const { invoke, call } = setup({ isTrustedSender: () => false });
    expect(await invoke('clause-search:listDocuments')).toMatchObject({ ok: false, error: { name: 'InvalidRequestError', message: expect.stringMatching(/Only the Clause Search window/) } });
    expect(call).not.toHaveBeenCalled();
  });

  it("keeps the engine error's name and sentence; logs only unexpected ones", async () => {
    const failure = (name: string, message: string) => Object.assign(new Error(message), { name });
    const errors = [failure('NotFoundError', 'There is no document with id 9.'), failure('TypeError', 'x is undefined')];
    const { invoke, logged } = setup({ engine: { call: async () => Promise.reject(errors.shift()) } as unknown as IpcDeps['engine'] });
    expect(await invoke('clause-search:getDocumentView', 9)).toEqual({ ok: false, error: { name: 'NotFoundError', message: 'There is no document with id 9.' } });
    expect(logged).toEqual([]);
    expect(await invoke('clause-search:getDocumentView', 9)).toMatchObject({ ok: false, error: { name: 'TypeError' } });
    expect(logged).toHaveLength(1);
  });

  it('save-export asks where, writes the bytes there, and writes nothing when cancelled', async () => {
    const result = { fileName: 'cited.md', mimeType: 'text/markdown', bytes: new Uint8Array([35, 32]) };
    const { invoke, written } = setup();
    expect(await invoke(CHANNELS.saveExport, result)).toEqual({ ok: true, value: '/home/lawyer/Documents/cited.md' });
    expect(written).toEqual([['/home/lawyer/Documents/cited.md', result.bytes]]);
    expect(await invoke(CHANNELS.saveExport, { ...result, fileName: '../../.bashrc' })).toMatchObject({ ok: false, error: { name: 'InvalidRequestError' } });

    const cancelled = setup({ chooseSavePath: async () => null });
    expect(await cancelled.invoke(CHANNELS.saveExport, result)).toEqual({ ok: true, value: null });
    expect(cancelled.written).toEqual([]);
  });

  it('open-files starts an ingest job for what the user picked; null when cancelled', async () => {
    const { invoke, call } = setup();
    expect(await invoke(CHANNELS.openFiles)).toEqual({ ok: true, value: { method: 'addPaths', args: [['/home/lawyer/Contracts']] } });
    expect(call).toHaveBeenCalledTimes(1);
    expect(await invoke(CHANNELS.openFiles, 'sneaky')).toMatchObject({ ok: false });
    const cancelled = setup({ chooseContracts: async () => null });
    expect(await cancelled.invoke(CHANNELS.openFiles)).toEqual({ ok: true, value: null });
    expect(await cancelled.invoke(CHANNELS.chooseModelsFolder)).toEqual({ ok: true, value: '/home/lawyer/models' });
  });

  it('forwards engine events to the window channel', () => {
    let listener: ((event: AppEvent) => void) | undefined;
    const sent: unknown[] = [];
    forwardEngineEvents({ onEvent: (l) => ((listener = l), () => {}) }, (channel, event) => sent.push([channel, event]));
    listener!({ type: 'library-changed' });
    expect(sent).toEqual([['clause-search:event', { type: 'library-changed' }]]);
  });
});
