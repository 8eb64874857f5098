import { describe, expect, it } from 'vitest';
import { createAlertsStore } from '../../../../renderer/src/features/alerts/alerts-store';
import { alertSettingsFromDraft } from '../../../../renderer/src/features/alerts/AlertSettingsSection';
import { titleWithCount } from '../../../../renderer/src/features/alerts/document-title';
import type { ConnectionChange } from '../../../../renderer/src/api/client';
import type { ConsoleApi } from '../../../../renderer/src/state/console-store';
import type { AlertsSnapshot, UrgentAlert } from '../../../../shared/domain/alerts';

const item = (jobId: string, acknowledged = false): UrgentAlert => ({
  jobId, number: 'J-1', title: 't', clientId: 'c', priority: 'P1', reason: 'new-p1', clock: null, dueAt: null, minutesLeft: null, acknowledged,
});

function fakeHost(list: AlertsSnapshot, ack: (input: unknown) => { ok: boolean; value?: AlertsSnapshot }) {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const connection = new Set<(c: ConnectionChange) => void>();
  const calls: Array<[string, unknown]> = [];
  let release: (() => void) | null = null;
  const api = {
    invoke: (async (channel: string, input: unknown) => {
      calls.push([channel, input]);
      if (channel === 'alerts:list') {
        // The first list answer waits until the test releases it (a slow answer).
        await new Promise<void>((resolve) => (release = resolve));
        return { ok: true, value: list };
      }
      const r = ack(input);
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: { code: 'INTERNAL', message: 'disk full' } };
    }) as ConsoleApi['invoke'],
    on: ((event: string, listener: (p: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    }) as ConsoleApi['on'],
    onConnectionChange: (listener: (c: ConnectionChange) => void) => {
      connection.add(listener);
      return () => connection.delete(listener);
    },
  };
  const push = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  return { api, calls, push, release: () => release?.(), reconnect: () => connection.forEach((l) => l({ state: 'open', reconnected: true })) };
}

describe('alerts store', () => {
  it('loads the list, follows pushed lists, and never lets a slow answer overwrite a newer push', async () => {
    const host = fakeHost({ urgent: [item('old')], snoozedUntil: null }, () => ({ ok: true }));
    const store = createAlertsStore(host.api);
    const stop = store.start();
    host.push('alerts:changed', { urgent: [item('new')], snoozedUntil: null });
    host.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().snapshot?.urgent.map((u) => u.jobId)).toEqual(['new']);
    stop();
  });

  it('acknowledges through the host and shows a failure until the next success', async () => {
    let fail = true;
    const acked = { urgent: [item('a', true)], snoozedUntil: null };
    const host = fakeHost({ urgent: [item('a')], snoozedUntil: null }, () => (fail ? { ok: false } : { ok: true, value: acked }));
    const store = createAlertsStore(host.api);
    await store.acknowledge('a');
    expect(store.getState().error?.message).toBe('disk full');
    fail = false;
    await store.acknowledge();
    expect(host.calls.filter(([c]) => c === 'alerts:ack').map(([, i]) => i)).toEqual([{ jobId: 'a' }, {}]);
    expect(store.getState()).toMatchObject({ error: null, busy: false, snapshot: acked });
    await store.snooze(15);
    expect(host.calls.at(-1)).toEqual(['alerts:snooze', { minutes: 15 }]);
  });

  it('reloads after the event socket reconnects', () => {
    const host = fakeHost({ urgent: [], snoozedUntil: null }, () => ({ ok: true }));
    const store = createAlertsStore(host.api);
    store.start();
    host.reconnect();
    expect(host.calls.filter(([c]) => c === 'alerts:list')).toHaveLength(2);
  });
});

describe('title and settings helpers', () => {
  it('puts the count in front of the title, once', () => {
    expect(titleWithCount('Dispatch Console', 3)).toBe('(3) Dispatch Console');
    expect(titleWithCount('(3) Dispatch Console', 1)).toBe('(1) Dispatch Console');
    expect(titleWithCount('(3) Dispatch Console', 0)).toBe('Dispatch Console');
  });

  it('turns the alert settings draft into settings, or says what to fix', () => {
    const d = { repeat: '10', quiet: true, start: '22:00', end: '07:00', sound: false };
    expect(alertSettingsFromDraft(d)).toEqual({ ok: true, value: { repeatMinutes: 10, quietHours: { start: '22:00', end: '07:00' }, sound: false } });
    expect(alertSettingsFromDraft({ ...d, quiet: false })).toMatchObject({ ok: true, value: { quietHours: null } });
    expect(alertSettingsFromDraft({ ...d, repeat: '0' })).toEqual({ ok: false, message: 'Repeat every 1 to 240 whole minutes.' });
    expect(alertSettingsFromDraft({ ...d, repeat: '2.5' })).toMatchObject({ ok: false });
    expect(alertSettingsFromDraft({ ...d, end: '22:00' })).toEqual({ ok: false, message: 'Quiet hours must start and end at different times.' });
    expect(alertSettingsFromDraft({ ...d, start: '25:00' })).toMatchObject({ ok: false });
  });
});
