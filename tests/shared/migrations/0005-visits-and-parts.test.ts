import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migration0005 } from '../../../shared/migrations/0005-visits-and-parts';
import { validateDocument } from '../../../shared/schemas/document';
import { migrateRest } from '../../support/migrate-rest';

const v4 = (): unknown => JSON.parse(readFileSync(new URL('../../fixtures/migrations/v4-dispatch.json', import.meta.url), 'utf8'));

describe('migration 0005: visits and parts', () => {
  it('gives every job no visits and no follow-up, the file an empty parts list and no batches, and changes nothing else', () => {
    const before = v4() as { jobs: Array<Record<string, unknown>> };
    const after = migration0005.up(structuredClone(before));
    expect((after as { schemaVersion: number }).schemaVersion).toBe(5);
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expect(result.value.parts).toEqual([]);
    expect(result.value.billingBatches).toEqual([]);
    expect(result.value.nextBatchNumber).toBe(1);
    expect(result.value.settings.billing).toEqual({ currency: 'GBP', taxRateBasisPoints: 2000 });
    expect(result.value.jobs.every((j) => j.visits.length === 0 && j.followUpOf === null)).toBe(true);
    type Doc = { schemaVersion: number; parts?: unknown; billingBatches?: unknown; nextBatchNumber?: unknown; clients: unknown; settings: Record<string, unknown>; jobs: Array<Record<string, unknown>> };
    const { schemaVersion: _v, jobs, parts: _p, billingBatches: _b, nextBatchNumber: _n, clients: _c, settings, ...rest } = after as Doc;
    const { schemaVersion: _old, jobs: oldJobs, clients: _oc, settings: oldSettings, ...oldRest } = before as unknown as Doc;
    expect(rest).toEqual(oldRest);
    const { billing: _billing, ...settingsRest } = settings;
    expect(settingsRest).toEqual(oldSettings);
    expect(jobs.map(({ visits: _vi, followUpOf: _f, ...job }) => job)).toEqual(oldJobs);
  });

  it("turns each client's contract type and hourly rate into contract terms", () => {
    const before = v4() as { clients: Array<Record<string, unknown>> };
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
    expect(managed?.contract.includedCategories).toEqual(['hardware', 'software', 'network', 'printer', 'security', 'other']);
    expect(after.clients.every((c) => !('contractType' in c) && !('hourlyRate' in c))).toBe(true);
    expect(() => migration0005.up({ ...before, clients: [{ ...template, contractType: 'gold' }] })).toThrow(/clients\.0\.contractType/);
  });

  it('does not change its input and refuses a shape it does not know', () => {
    const input = v4();
    const copy = structuredClone(input);
    migration0005.up(input);
    expect(input).toEqual(copy);
    expect(() => migration0005.up({ schemaVersion: 4 })).toThrow(/version 4 document/);
    expect(() => migration0005.up({ schemaVersion: 4, jobs: [null] })).toThrow(/jobs\.0/);
  });
});
