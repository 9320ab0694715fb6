import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type IpcDeps } from '../../src/main/ipc';
import { CHANNELS, engineChannel } from '../../src/shared/desktop-bridge';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Listener>();
  const ipc = { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener), removeHandler: (channel: string) => void handlers.delete(channel) };
  const call = vi.fn(async (method: string, args: unknown[]) => ({ method, args }));
  const written: Array<[string, Uint8Array]> = [];
  const deps: IpcDeps = {
    engine: { call } as unknown as IpcDeps['engine'],
    isTrustedSender: () => true,
    chooseSavePath: async (_event, name) => `/home/lawyer/Documents/${name}`,
    chooseContracts: async () => null,
    chooseFolder: async () => null,
    writeFile: async (file, bytes) => void written.push([file, bytes]),
  };
  registerIpcHandlers(ipc, deps);
  const invoke = (channel: string, ...args: unknown[]) => handlers.get(channel)!({} as IpcMainInvokeEvent, ...args);
  return { invoke, call, written };
}

describe('IPC handlers: the review grid', () => {
  it('relays a grid fill, a viewport and a review with only the fields checked', async () => {
    const { invoke, call } = setup();
    const fill = { gridId: 'grid-1', typeIds: ['governing-law'], documentIds: [1, 2], visible: undefined };
    expect(await invoke(engineChannel('startGridFill'), fill)).toMatchObject({ ok: true });
    expect(call).toHaveBeenLastCalledWith('startGridFill', [{ gridId: 'grid-1', typeIds: ['governing-law'], documentIds: [1, 2] }]);
    await invoke(engineChannel('setGridViewport'), 'grid-1', { documentIds: [2], typeIds: ['governing-law'] });
    expect(call).toHaveBeenLastCalledWith('setGridViewport', ['grid-1', { documentIds: [2], typeIds: ['governing-law'] }]);
    await invoke(engineChannel('setCellReview'), { documentId: 2, typeId: 'governing-law', state: 'flagged', note: 'Forum?' });
    expect(call).toHaveBeenLastCalledWith('setCellReview', [{ documentId: 2, typeId: 'governing-law', state: 'flagged', note: 'Forum?' }]);
  });

  it('refuses a bad grid call before the engine sees it', async () => {
    const { invoke, call } = setup();
    expect(await invoke(engineChannel('setCellReview'), { documentId: 2, typeId: 'governing-law', state: 'approved' })).toEqual({
      ok: false,
      error: { name: 'InvalidRequestError', message: 'The review state must be one of unreviewed, verified, flagged.' },
    });
    expect(await invoke(engineChannel('exportGrid'), { typeIds: ['a'], format: 'json' })).toMatchObject({ ok: false, error: { name: 'InvalidRequestError' } });
    expect(await invoke(engineChannel('addClauseType'), { name: 'Breach', description: 'q', builtIn: true })).toMatchObject({ ok: false, error: { name: 'InvalidRequestError' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('saves an Excel export where the user chose', async () => {
    const { invoke, written } = setup();
    const xlsx = { fileName: 'review-grid-2026-12-01.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: new Uint8Array([80, 75, 3, 4]) };
    expect(await invoke(CHANNELS.saveExport, xlsx)).toEqual({ ok: true, value: '/home/lawyer/Documents/review-grid-2026-12-01.xlsx' });
    expect(written).toEqual([['/home/lawyer/Documents/review-grid-2026-12-01.xlsx', xlsx.bytes]]);
  });
});
