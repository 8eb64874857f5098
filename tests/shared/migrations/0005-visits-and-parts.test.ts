import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFieldsV5, jobFieldsV5, migration0005, settingsFieldsV5 } from '../../../shared/migrations/0005-visits-and-parts';
import { validateDocument } from '../../../shared/schemas/document';
import { defaultMessageSettings } from '../../../shared/schemas/messages';
import { migrateRest } from '../../support/migrate-rest';

type Doc = Record<string, unknown> & { jobs: Array<Record<string, unknown>>; settings: Record<string, unknown> };
const v4 = (): Doc => JSON.parse(readFileSync(new URL('../../fixtures/migrations/v4-dispatch.json', import.meta.url), 'utf8'));

/** `record` without the given keys. */
const without = (record: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

describe('migration 0005: close-out, billing, messages, feeds, maintenance, remembered mappings', () => {
  it('adds each new field empty, gives a valid document, and changes nothing else', () => {
    const before = v4();
    const after = migration0005.up(structuredClone(before)) as Doc;
    expect(after.schemaVersion).toBe(5);
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    const doc = result.value;
    expect(doc.parts).toEqual([]);
    expect(doc.messages).toEqual(defaultMessageSettings());
    expect(doc.messages.smtp.host).toBe('');
    expect(doc.settings.importMappings).toEqual([]);
    expect(doc.calendarFeeds).toEqual([]);
    expect(doc.settings.holidayLocation).toBeNull();
    expect(doc.maintenancePlans).toEqual([]);
    expect(doc.jobs.every((j) => j.visits.length === 0 && j.followUpOf === null && j.resolvedAt === null && j.maintenance === null)).toBe(true);

    expect(doc.billingBatches).toEqual([]);
    expect(doc.nextBatchNumber).toBe(1);
    expect(doc.settings.billing).toEqual({ currency: 'GBP', taxRateBasisPoints: 2000 });

    // Clients change shape (below); everything else is as it was.
    const docKeys = ['schemaVersion', 'jobs', 'settings', 'clients', ...Object.keys(documentFieldsV5())];
    expect(without(after, docKeys)).toEqual(without(before, docKeys));
    expect(without(after.settings, Object.keys(settingsFieldsV5()))).toEqual(before.settings);
    expect(after.jobs.map((job) => without(job, Object.keys(jobFieldsV5())))).toEqual(before.jobs);
  });

  it("turns each client's contract type and hourly rate into contract terms", () => {
    const before = v4() as unknown as { clients: Array<Record<string, unknown>> };
    const template = before.clients[0]!;
    before.clients = [
      { ...template, contractType: 'break-fix', hourlyRate: 95.5 },
      { ...template, id: 'block', contractType: 'block-hours', hourlyRate: 110 },
      { ...template, id: 'managed', contractType: 'managed', hourlyRate: 0 },
    ];
    const after = migration0005.up(before) as { clients: Array<Record<string, unknown>> };
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    const [tm, block, managed] = result.value.clients;
    expect(tm).toMatchObject({ blockTopUps: [], contract: { type: 'time-and-materials', hourlyRateMinor: 9550, incrementMinutes: 15, afterHoursPercent: 150, travelBillable: false, includedCategories: [] } });
    expect(block?.contract).toMatchObject({ type: 'block-hours', hourlyRateMinor: 11000, blockWarnPercent: 20 });
    expect(managed?.contract.type).toBe('managed');
    expect(managed?.contract.includedCategories).toEqual(['hardware', 'software', 'network', 'printer', 'security', 'maintenance', 'other']);
    expect(after.clients.every((c) => !('contractType' in c) && !('hourlyRate' in c))).toBe(true);
    expect(() => migration0005.up({ ...before, clients: [{ ...template, contractType: 'gold' }] })).toThrow(/clients\.0\.contractType/);
  });

  it('does not change its input, shares no list between jobs, and refuses a shape it does not know', () => {
    const input = v4();
    const copy = structuredClone(input);
    const out = migration0005.up(input) as Doc;
    expect(input).toEqual(copy);
    expect(out.jobs[0]!.visits).not.toBe(out.jobs[1]!.visits);
    expect(() => migration0005.up({ schemaVersion: 4 })).toThrow(/version 4 document/);
    expect(() => migration0005.up({ schemaVersion: 4, jobs: [null] })).toThrow(/jobs\.0/);
    expect(() => migration0005.up({ schemaVersion: 4, jobs: [], settings: 3 })).toThrow(/settings/);
  });
});
