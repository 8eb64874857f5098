import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migration0004 } from '../../../shared/migrations/0004-job-responded-at';
import { migrateRest } from '../../support/migrate-rest';
import { validateDocument } from '../../../shared/schemas/document';

const v3 = (): unknown => JSON.parse(readFileSync(new URL('../../fixtures/migrations/v3-dispatch.json', import.meta.url), 'utf8'));

describe('migration 0004: respondedAt', () => {
  it('takes the first en-route/on-site status change as the response; a booked or held job still owes one', () => {
    const before = v3() as { jobs: Array<Record<string, unknown>> };
    const after = migration0004.up(structuredClone(before));
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expect((after as { schemaVersion: number }).schemaVersion).toBe(4);
    expect(result.value.jobs.map((j) => [j.number, j.status, j.respondedAt])).toEqual([
      ['J-1001', 'scheduled', null],
      ['J-1002', 'on-hold', null],
      ['J-1003', 'on-site', '2026-11-25T10:05:00.000Z'],
    ]);
    // Nothing else changes.
    const { schemaVersion: _v, jobs, ...rest } = after as { schemaVersion: number; jobs: Array<Record<string, unknown>> };
    const { schemaVersion: _old, jobs: oldJobs, ...oldRest } = before as { schemaVersion: number; jobs: Array<Record<string, unknown>> };
    expect(rest).toEqual(oldRest);
    expect(jobs.map(({ respondedAt: _r, ...job }) => job)).toEqual(oldJobs);
  });

  it('uses the earliest responding line whatever the history order, and ignores other lines', () => {
    const job = {
      history: [
        { at: '2026-11-25T11:00:00.000Z', action: 'status', detail: 'en route → on site' },
        { at: '2026-11-25T10:00:00.000Z', action: 'status', detail: 'dispatched → en route' },
        { at: '2026-11-25T09:00:00.000Z', action: 'edited', detail: 'Notes: → en route' },
        { at: '2026-11-25T08:00:00.000Z', action: 'status', detail: 'en route → on hold: waiting' },
      ],
    };
    const out = migration0004.up({ schemaVersion: 3, jobs: [job, { history: [] }, {}] }) as { jobs: Array<{ respondedAt: unknown }> };
    expect(out.jobs.map((j) => j.respondedAt)).toEqual(['2026-11-25T10:00:00.000Z', null, null]);
  });

  it('does not change its input and refuses a shape it does not know', () => {
    const input = v3();
    const copy = structuredClone(input);
    migration0004.up(input);
    expect(input).toEqual(copy);
    expect(() => migration0004.up({ schemaVersion: 3 })).toThrow(/version 3 document/);
    expect(() => migration0004.up({ schemaVersion: 3, jobs: [1] })).toThrow(/jobs\.0/);
  });
});
