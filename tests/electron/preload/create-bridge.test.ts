import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../electron/preload/create-bridge';
import type { IpcRendererLike } from '../../../electron/preload/create-bridge';

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({ ok: true, value: 'pong' })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipc;
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
      return ipc;
    }),
    /** What `webContents.send(channel, payload)` in main looks like from here. */
    emit(channel: string, payload: unknown) {
      const event = { sender: ipc, senderId: 0, ports: [] };
      for (const listener of listeners.get(channel) ?? []) listener(event, payload);
    },
    count: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
  return ipc;
}

const asIpc = (fake: ReturnType<typeof fakeIpcRenderer>) => fake as unknown as IpcRendererLike;

describe('preload bridge: invoke', () => {
  it('forwards a contract channel and its input to ipcRenderer.invoke and returns the Result', async () => {
    const ipc = fakeIpcRenderer();
    const bridge = createBridge(asIpc(ipc));
    await expect(bridge.invoke('jobs:get', { id: 'j1' })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(ipc.invoke).toHaveBeenCalledWith('jobs:get', { id: 'j1' });
  });

  it.each(['fs:read', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'toString', '', 42, null, { channel: 'jobs:get' }])(
    'refuses %j with FORBIDDEN without touching IPC',
    async (name) => {
      const ipc = fakeIpcRenderer();
      const result = await createBridge(asIpc(ipc)).invoke(name as string, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(ipc.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a transport failure into an INTERNAL result instead of a rejection', async () => {
    const ipc = fakeIpcRenderer();
    ipc.invoke.mockRejectedValueOnce(new Error("No handler registered for 'jobs:get'"));
    const result = await createBridge(asIpc(ipc)).invoke('jobs:get', { id: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(result.ok ? '' : result.error.message).toContain('No handler registered');
  });
});

describe('preload bridge: on', () => {
  it('passes only the payload to the listener, never the IpcRendererEvent', () => {
    const ipc = fakeIpcRenderer();
    const listener = vi.fn();
    createBridge(asIpc(ipc)).on('jobs:changed', listener);
    ipc.emit('jobs:changed', { revision: 3, ids: ['j1'] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ revision: 3, ids: ['j1'] }]);
  });

  it('returns an unsubscribe that removes exactly its own listener, once', () => {
    const ipc = fakeIpcRenderer();
    const bridge = createBridge(asIpc(ipc));
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.on('command:run', a);
    bridge.on('command:run', b);
    offA();
    offA();
    ipc.emit('command:run', { command: 'new-job' });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
    expect(ipc.removeListener).toHaveBeenCalledTimes(1);
    expect(ipc.count('command:run')).toBe(1);
  });

  it.each(['jobs:create', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'secret:event', 7])('refuses to subscribe to %j', (name) => {
    const ipc = fakeIpcRenderer();
    expect(() => createBridge(asIpc(ipc)).on(name as string, () => {})).toThrow(/Unknown event/);
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('refuses a listener that is not a function', () => {
    const ipc = fakeIpcRenderer();
    expect(() => createBridge(asIpc(ipc)).on('jobs:changed', 'alert(1)' as never)).toThrow(/function/);
    expect(ipc.on).not.toHaveBeenCalled();
  });
});
