import { describe, expect, it } from 'vitest';
import { createHarness } from '../../support/harness';

describe('settings', () => {
  it('returns the settings', async () => {
    const h = createHarness();
    expect(await h.value('settings:get', {})).toMatchObject({ timeZone: 'Europe/London', overlapPolicy: 'warn', slotMinutes: 15 });
  });

  it('applies a patch, keeps the rest and publishes settings:changed', async () => {
    const h = createHarness();
    const next = await h.value('settings:set', { overlapPolicy: 'block', timeZone: 'America/New_York' });
    expect(next).toMatchObject({ overlapPolicy: 'block', timeZone: 'America/New_York', dayStart: '07:00', paperSize: 'A4' });
    expect(h.doc().settings).toEqual(next);
    expect(h.events).toEqual([{ name: 'settings:changed', payload: { revision: 1 }, commitsAtPublish: 1 }]);
  });

  it('refuses an unknown time zone and a day that ends before it starts, with BAD_INPUT on the field', async () => {
    const h = createHarness();
    const zone = await h.refused(() => h.error('settings:set', { timeZone: 'Mars/Olympus_Mons' }));
    expect(zone).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'timeZone' }] });
    const day = await h.refused(() => h.error('settings:set', { dayStart: '18:00', dayEnd: '08:00' }));
    expect(day).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'dayEnd' }] });
    // Only the merged settings can be wrong: a later start than the stored end.
    expect((await h.refused(() => h.error('settings:set', { dayStart: '20:00' }))).code).toBe('BAD_INPUT');
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const h = createHarness();
    await h.unchanged(() => h.value('settings:set', { overlapPolicy: 'warn' }));
    await h.unchanged(() => h.value('settings:set', {}));
  });

  it('sample:dismiss marks the offer as answered', async () => {
    const h = createHarness();
    h.store.edit((d) => void (d.settings.sampleOffered = false));
    expect((await h.value('sample:dismiss', {})).sampleOffered).toBe(true);
    expect(h.doc().settings.sampleOffered).toBe(true);
    expect(h.events.at(-1)?.name).toBe('settings:changed');
  });
});

describe('sla:list and app:info', () => {
  it('lists the SLA tiers and reports the host', async () => {
    const h = createHarness();
    expect((await h.value('sla:list', {})).map((p) => p.id)).toEqual(['standard', 'priority', 'managed-24x7']);
    expect(await h.value('app:info', {})).toEqual({ version: '0.0.0-test', host: 'headless', dataDir: '/memory' });
  });
});
