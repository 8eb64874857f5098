import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migration0002 } from '../../../shared/migrations/0002-sla-pause-print-alerts';
import { migrations } from '../../../shared/migrations';
import { migrateRest } from '../../support/migrate-rest';
import { CURRENT_SCHEMA_VERSION, validateDocument } from '../../../shared/schemas/document';

const v1 = (): unknown => JSON.parse(readFileSync(new URL('../../fixtures/migrations/v1-dispatch.json', import.meta.url), 'utf8'));

describe('migration 0002: SLA pause, print records, alert state', () => {
  it('turns the v1 fixture into a valid v2 document without losing anything', () => {
    const before = v1() as { jobs: Array<Record<string, unknown>>; settings: Record<string, unknown> };
    const after = migration0002.up(structuredClone(before));
    expect(after).toMatchObject({ schemaVersion: 2 });
    // Later migrations only add to it; validate with today's schema once they have run.
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    const doc = result.value;
    expect(doc.jobs.map((j) => j.number)).toEqual(['J-1001', 'J-1002']);
    expect(doc.jobs[0]!.assignment).toEqual(before.jobs[0]!.assignment);
    expect(doc.jobs[1]).toMatchObject({ status: 'on-hold', statusReason: 'Waiting for the customer to order labels', externalRef: 'ticket-77' });
    expect(doc.jobs.every((j) => j.slaPausedSince === null && j.slaPausedMinutes === 0)).toBe(true);
    expect(doc.settings).toMatchObject({ timeZone: 'Europe/London', sampleOffered: true, intake: { enabled: false, token: null } });
    expect(doc.printRecords).toEqual([]);
    expect(doc.alertState).toEqual({ acknowledged: [], snoozedUntil: null });
    expect(doc.slaPolicies[0]!.holidays).toEqual(['2026-12-25']);
  });

  it('does not change its input', () => {
    const input = v1();
    const copy = structuredClone(input);
    migration0002.up(input);
    expect(input).toEqual(copy);
  });

  it('refuses a shape it does not know', () => {
    expect(() => migration0002.up({ schemaVersion: 1 })).toThrow(/version 1 document/);
    expect(() => migration0002.up({ schemaVersion: 1, settings: {}, jobs: [42] })).toThrow(/jobs\.0/);
  });

  it('is listed, numbered to end at the current schema version', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 2));
  });
});
