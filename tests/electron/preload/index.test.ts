import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY } from '../../../shared/ipc/bridge';

// The real `electron` package cannot load in Node (no binary); the preload only needs these two.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload entry', () => {
  beforeEach(() => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
  });

  it('exposes exactly one object under BRIDGE_KEY with invoke and on, and not ipcRenderer', async () => {
    await import('../../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe(BRIDGE_KEY);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(typeof api['invoke']).toBe('function');
    expect(typeof api['on']).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('the exposed invoke refuses an unknown channel before IPC', async () => {
    await import('../../../electron/preload/index');
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as { invoke(c: string, i: unknown): Promise<unknown> };
    await expect(api.invoke('shell:exec', {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
