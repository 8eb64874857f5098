import { describe, expect, it, vi } from 'vitest';
import { installQuitFlush } from '../../../electron/main/lifecycle/quit-flush';
import { claimSingleInstance } from '../../../electron/main/lifecycle/single-instance';
import { FakeApp, fakeEvent } from '../fakes/electron-fakes';
import type { App } from 'electron';

const asApp = (app: FakeApp) => app as unknown as App;

describe('single instance', () => {
  it('first instance: keeps running and focuses its window when a second one starts', () => {
    const app = new FakeApp();
    const focus = vi.fn();
    expect(claimSingleInstance(asApp(app), focus)).toBe(true);
    expect(app.quit.calls).toHaveLength(0);
    app.emit('second-instance', fakeEvent({}), ['dispatch-console'], '/home/user');
    expect(focus).toHaveBeenCalledOnce();
  });

  it('second instance: quits and tells the caller to stop', () => {
    const app = new FakeApp();
    app.hasLock = false;
    const focus = vi.fn();
    expect(claimSingleInstance(asApp(app), focus)).toBe(false);
    expect(app.quit.calls).toHaveLength(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});

describe('quit flushes the store', () => {
  function deferred() {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('prevents the first quit, closes the core once, then quits; the second before-quit passes', async () => {
    const app = new FakeApp();
    const pending = deferred();
    const close = vi.fn(() => pending.promise);
    const state = installQuitFlush(asApp(app), close, { error: vi.fn() });

    const first = fakeEvent({});
    app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledOnce();
    expect(state()).toBe('closing');

    // Another quit request (tray Quit while Cmd+Q is pending) neither closes again nor quits early.
    const second = fakeEvent({});
    app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledOnce();
    expect(app.quit.calls).toHaveLength(0);

    pending.resolve();
    await vi.waitFor(() => expect(app.quit.calls).toHaveLength(1));
    expect(state()).toBe('closed');

    const final = fakeEvent({});
    app.emit('before-quit', final);
    expect(final.defaultPrevented).toBe(false);
    expect(close).toHaveBeenCalledOnce();
  });

  it('still quits (and logs) when closing fails', async () => {
    const app = new FakeApp();
    const log = { error: vi.fn() };
    installQuitFlush(asApp(app), () => Promise.reject(new Error('disk full')), log);
    app.emit('before-quit', fakeEvent({}));
    await vi.waitFor(() => expect(app.quit.calls).toHaveLength(1));
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('quitting'), expect.any(Error));
  });
});
