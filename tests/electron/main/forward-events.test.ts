import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../electron/core/ports';
import { forwardEvents } from '../../../electron/main/ipc/forward-events';
import { createWindowRegistry } from '../../../electron/main/windows/window-registry';
import { FakeBrowserWindow } from '../fakes/electron-fakes';

const quietLog = { info: () => {}, warn: () => {}, error: () => {} };

describe('forwardEvents', () => {
  it('sends each event to every live window, skipping closed ones', () => {
    const bus = createEventBus(quietLog);
    const registry = createWindowRegistry<FakeBrowserWindow>();
    const a = registry.track(new FakeBrowserWindow({}));
    const b = registry.track(new FakeBrowserWindow({}));
    forwardEvents(bus, () => registry.windows());

    bus.publish('jobs:changed', { revision: 1, previous: 0, ids: ['j1'], jobs: [], removed: ['j1'] });
    b.close();
    bus.publish('settings:changed', { revision: 2 });

    expect(a.webContents.sent).toEqual([
      ['jobs:changed', { revision: 1, previous: 0, ids: ['j1'], jobs: [], removed: ['j1'] }],
      ['settings:changed', { revision: 2 }],
    ]);
    expect(b.webContents.sent).toEqual([['jobs:changed', { revision: 1, previous: 0, ids: ['j1'], jobs: [], removed: ['j1'] }]]);
    expect(registry.has(b.webContents.id)).toBe(false);
    expect(registry.has(a.webContents.id)).toBe(true);
  });

  it('skips a window whose webContents is already destroyed, and can unsubscribe', () => {
    const bus = createEventBus(quietLog);
    const win = new FakeBrowserWindow({});
    win.webContents.destroyed = true;
    const off = forwardEvents(bus, () => [win]);
    bus.publish('technicians:changed', { revision: 1 });
    expect(win.webContents.sent).toEqual([]);
    win.webContents.destroyed = false;
    off();
    bus.publish('technicians:changed', { revision: 2 });
    expect(win.webContents.sent).toEqual([]);
  });
});
