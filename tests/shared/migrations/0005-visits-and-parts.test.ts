import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migration0005 } from '../../../shared/migrations/0005-visits-and-parts';
import { validateDocument } from '../../../shared/schemas/document';
import { migrateRest } from '../../support/migrate-rest';

const v4 = (): unknown => JSON.parse(readFileSync(new URL('../../fixtures/migrations/v4-dispatch.json', import.meta.url), 'utf8'));

describe('migration 0005: visits and parts', () => {
  it('gives every job no visits, no follow-up and no maintenance plan, the file empty parts and plan lists, and changes nothing else', () => {
    const before = v4() as { jobs: Array<Record<string, unknown>> };
    const after = migration0005.up(structuredClone(before));
    expect((after as { schemaVersion: number }).schemaVersion).toBe(5);
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expect(result.value.parts).toEqual([]);
    expect(result.value.maintenancePlans).toEqual([]);
    expect(result.value.jobs.every((j) => j.visits.length === 0 && j.followUpOf === null && j.maintenance === null)).toBe(true);
    const { schemaVersion: _v, jobs, parts: _p, maintenancePlans: _m, ...rest } = after as {
      schemaVersion: number;
      parts: unknown;
      maintenancePlans: unknown;
      jobs: Array<Record<string, unknown>>;
    };
    const { schemaVersion: _old, jobs: oldJobs, ...oldRest } = before as { schemaVersion: number; jobs: Array<Record<string, unknown>> };
    expect(rest).toEqual(oldRest);
    expect(jobs.map(({ visits: _vi, followUpOf: _f, maintenance: _ma, ...job }) => job)).toEqual(oldJobs);
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
