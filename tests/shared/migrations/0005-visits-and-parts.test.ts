import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migration0005 } from '../../../shared/migrations/0005-visits-and-parts';
import { validateDocument } from '../../../shared/schemas/document';
import { migrateRest } from '../../support/migrate-rest';

const v4 = (): unknown => JSON.parse(readFileSync(new URL('../../fixtures/migrations/v4-dispatch.json', import.meta.url), 'utf8'));

describe('migration 0005: visits and parts', () => {
  it('gives every job no visits and no follow-up, the file an empty parts list, and changes nothing else', () => {
    const before = v4() as { jobs: Array<Record<string, unknown>> };
    const after = migration0005.up(structuredClone(before));
    expect((after as { schemaVersion: number }).schemaVersion).toBe(5);
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expect(result.value.parts).toEqual([]);
    expect(result.value.calendarFeeds).toEqual([]);
    expect(result.value.settings.holidayLocation).toBeNull();
    expect(result.value.jobs.every((j) => j.visits.length === 0 && j.followUpOf === null)).toBe(true);
    type Doc = { schemaVersion: number; parts: unknown; calendarFeeds: unknown; settings: Record<string, unknown>; jobs: Array<Record<string, unknown>> };
    const { schemaVersion: _v, jobs, parts: _p, calendarFeeds: _c, settings: { holidayLocation: _h, ...settings }, ...rest } = after as Doc;
    const { schemaVersion: _old, jobs: oldJobs, settings: oldSettings, ...oldRest } = before as Doc;
    expect(rest).toEqual(oldRest);
    expect(settings).toEqual(oldSettings);
    expect(jobs.map(({ visits: _vi, followUpOf: _f, ...job }) => job)).toEqual(oldJobs);
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
