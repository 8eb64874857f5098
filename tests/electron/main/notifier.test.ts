import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { APP_USER_MODEL_ID, createAlertRelay, createNotifier, notificationOptions } from '../../../electron/main/platform/notifier';
import type { NotifierDeps } from '../../../electron/main/platform/notifier';
import type { AlertsSnapshot, RaisedAlert, UrgentAlert } from '../../../shared/domain/alerts';
import { FakeBrowserWindow, FakeNotification } from '../fakes/electron-fakes';

const alert = (overrides: Partial<RaisedAlert> = {}): RaisedAlert => ({
  title: '2 new urgent jobs',
  body: 'J-1009 (P1) Server down: new P1, unassigned (and 1 more urgent job)',
  jobIds: ['j9', 'j10'],
  count: 2,
  hasP1: true,
  sound: true,
  ...overrides,
});
const urgent = (jobId: string, acknowledged = false): UrgentAlert => ({
  jobId, number: 'J-1', title: 't', clientId: 'c', priority: 'P1', reason: 'new-p1', clock: null, dueAt: null, minutesLeft: null, acknowledged,
});
const snapshot = (items: UrgentAlert[]): AlertsSnapshot => ({ urgent: items, snoozedUntil: null });

function setup(platform: NodeJS.Platform = 'linux') {
  FakeNotification.instances.length = 0;
  FakeNotification.supported = true;
  const win = new FakeBrowserWindow({});
  const openJob = vi.fn();
  const setBadgeCount = vi.fn();
  const deps: NotifierDeps = {
    Notification: FakeNotification as unknown as NotifierDeps['Notification'],
    platform,
    getWindow: () => win,
    setBadgeCount,
    openJob,
  };
  return { sink: createNotifier(deps), win, openJob, setBadgeCount };
}

describe('OS notification for a raised alert', () => {
  it('shows one notification; a click opens the most urgent job', () => {
    const { sink, openJob } = setup();
    sink.raised(alert());
    expect(FakeNotification.instances).toHaveLength(1);
    const n = FakeNotification.instances[0]!;
    expect(n.shown).toBe(true);
    expect(n.options).toMatchObject({ title: '2 new urgent jobs', body: expect.stringContaining('J-1009'), urgency: 'critical', silent: false });
    n.click();
    expect(openJob).toHaveBeenCalledWith('j9');
  });

  it('is silent when sound is off, and uses each platform’s own urgency option', () => {
    expect(notificationOptions(alert({ sound: false }), 'linux')).toMatchObject({ silent: true, urgency: 'critical' });
    expect(notificationOptions(alert(), 'win32')).toMatchObject({ timeoutType: 'never' });
    expect(notificationOptions(alert(), 'win32')).not.toHaveProperty('urgency');
    expect(notificationOptions(alert(), 'darwin')).not.toHaveProperty('urgency');
  });

  it('flashes an unfocused window, not a focused one, and still flashes where notifications are unsupported', () => {
    const { sink, win } = setup();
    win.focused = true;
    sink.raised(alert());
    expect(win.flashing).toBe(false);
    win.focused = false;
    FakeNotification.supported = false;
    sink.raised(alert());
    expect(win.flashing).toBe(true);
    expect(FakeNotification.instances).toHaveLength(1);
  });

  it('badges the count of unacknowledged urgent jobs and stops flashing when none are left', () => {
    const { sink, win, setBadgeCount } = setup();
    sink.changed(snapshot([urgent('a'), urgent('b', true)]));
    expect(setBadgeCount).toHaveBeenLastCalledWith(1);
    win.flashing = true;
    sink.changed(snapshot([urgent('b', true)]));
    expect(setBadgeCount).toHaveBeenLastCalledWith(0);
    expect(win.flashing).toBe(false);
  });
});

describe('Windows toasts', () => {
  it('use the packaged appId as the AppUserModelID', () => {
    const appId = /^appId:\s*(\S+)/m.exec(readFileSync('electron-builder.yml', 'utf8'))?.[1];
    expect(APP_USER_MODEL_ID).toBe(appId);
  });
});

describe('alert relay', () => {
  it('keeps what arrives before the sinks exist and forwards everything after', () => {
    const relay = createAlertRelay();
    relay.changed(snapshot([urgent('old')]));
    relay.changed(snapshot([urgent('a')]));
    relay.raised(alert());
    const target = { raised: vi.fn(), changed: vi.fn() };
    relay.attach(target);
    expect(target.changed.mock.calls).toEqual([[snapshot([urgent('a')])]]);
    expect(target.raised).toHaveBeenCalledOnce();
    relay.raised(alert({ count: 1 }));
    expect(target.raised).toHaveBeenCalledTimes(2);
  });
});
