import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migration0003 } from '../../../shared/migrations/0003-job-revision';
import { migrateRest } from '../../support/migrate-rest';
import { validateDocument } from '../../../shared/schemas/document';

const v2 = (): unknown => JSON.parse(readFileSync(new URL('../../fixtures/migrations/v2-dispatch.json', import.meta.url), 'utf8'));

describe('migration 0003: job revisions', () => {
  it('turns the v2 fixture into a valid v3 document: every job at revision 1, nothing else changed', () => {
    const before = v2() as { jobs: Array<Record<string, unknown>> };
    const after = migration0003.up(structuredClone(before));
    // Later migrations only add fields; validate against the current schema through them.
    const result = validateDocument(migrateRest(after));
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    const doc = result.value;
    expect((after as { schemaVersion: number }).schemaVersion).toBe(3);
    expect(doc.jobs.map((j) => [j.number, j.revision])).toEqual([
      ['J-1001', 1],
      ['J-1002', 1],
    ]);
    // Apart from the version and the new field, the document is the one that was read.
    const { schemaVersion: _v, jobs, ...rest } = after as { schemaVersion: number; jobs: Array<Record<string, unknown>> };
    const { schemaVersion: _old, jobs: oldJobs, ...oldRest } = before as { schemaVersion: number; jobs: Array<Record<string, unknown>> };
    expect(rest).toEqual(oldRest);
    expect(jobs.map(({ revision: _r, ...job }) => job)).toEqual(oldJobs);
    // Old history lines stay as they were: no revision is made up for them.
    expect(doc.jobs[0]!.history.every((e) => e.revision === undefined)).toBe(true);
  });

  it('does not change its input', () => {
    const input = v2();
    const copy = structuredClone(input);
    migration0003.up(input);
    expect(input).toEqual(copy);
  });

  it('refuses a shape it does not know', () => {
    expect(() => migration0003.up({ schemaVersion: 2 })).toThrow(/version 2 document/);
    expect(() => migration0003.up({ schemaVersion: 2, jobs: ['J-1'] })).toThrow(/jobs\.0/);
  });
});
