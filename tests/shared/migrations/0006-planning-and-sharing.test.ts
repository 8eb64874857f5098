import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jobFieldsV6, migration0006, settingsFieldsV6 } from '../../../shared/migrations/0006-planning-and-sharing';
import { validateDocument } from '../../../shared/schemas/document';
import { migrateRest } from '../../support/migrate-rest';

type Doc = Record<string, unknown> & { jobs: Array<Record<string, unknown>>; settings: Record<string, unknown> };
const v5 = (): Doc => JSON.parse(readFileSync(new URL('../../fixtures/migrations/v5-dispatch.json', import.meta.url), 'utf8'));

/** `record` without the given keys. */
const without = (record: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

describe('migration 0006: the planner\'s fields', () => {
  it('adds each new field with its default, gives a valid document, and changes nothing else', () => {
    const before = v5();
    const after = migration0006.up(structuredClone(before)) as Doc;
    expect(after.schemaVersion).toBe(6);
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expect(result.value.jobs.every((j) => j.pinned === false)).toBe(true);
    expect(result.value.settings.travel).toEqual({ withinZoneMinutes: 0, betweenZonesMinutes: 30, pairs: [] });
    expect(result.value.settings.overtime).toEqual({ allowed: false, dailyCapMinutes: 60, weeklyLimitMinutes: 300 });
    const docKeys = ['schemaVersion', 'jobs', 'settings'];
    expect(without(after, docKeys)).toEqual(without(before, docKeys));
    expect(without(after.settings, Object.keys(settingsFieldsV6()))).toEqual(before.settings);
    expect(after.jobs.map((job) => without(job, Object.keys(jobFieldsV6())))).toEqual(before.jobs);
  });

  it('does not change its input and refuses a shape it does not know', () => {
    const input = v5();
    const copy = structuredClone(input);
    migration0006.up(input);
    expect(input).toEqual(copy);
    expect(() => migration0006.up({ schemaVersion: 5 })).toThrow(/version 5 document/);
    expect(() => migration0006.up({ schemaVersion: 5, jobs: [], settings: 3 })).toThrow(/settings/);
  });
});
