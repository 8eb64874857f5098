/** Finding what a mutation changed by reference, as the shared store writes it. */
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { diffDocuments, DuplicateKeyError, isEmptyDiff } from '../../../../electron/core/store-pg/diff';
import { historyPlan } from '../../../../electron/core/store-pg/history';
import { fixtureDocument } from '../support/harness';
import { makeJob } from '../../../support/factories';

const base = () => {
  const doc = fixtureDocument();
  doc.jobs = [makeJob({ id: 'j1', number: 'J-1001', clientId: 'c1' }), makeJob({ id: 'j2', number: 'J-1002', clientId: 'c1' })];
  return Object.freeze(doc);
};

describe('diffDocuments', () => {
  it('finds nothing when nothing changed, even after a draft was only read', () => {
    const before = base();
    const after = produce(before, (d) => void d.jobs.find((j) => j.id === 'j1'));
    expect(isEmptyDiff(diffDocuments(before, after))).toBe(true);
  });

  it('names exactly the changed, added and removed records of each table', () => {
    const before = base();
    const after = produce(before, (d) => {
      d.jobs[0]!.title = 'Changed';
      d.jobs.splice(1, 1);
      d.jobs.push(makeJob({ id: 'j3', number: 'J-1003', clientId: 'c2' }));
      d.technicians[1]!.name = 'Sam O.';
      d.settings.dayStart = '06:30';
      d.nextJobNumber = 1004;
    });
    const diff = diffDocuments(before, after);
    const byTable = Object.fromEntries(diff.tables.map((t) => [t.spec.table, { up: t.upserts.map((u) => [u.key, u.before === undefined ? 'new' : 'changed']), del: t.deletes.map((d) => d.key) }]));
    expect(byTable).toEqual({
      technicians: { up: [['t2', 'changed']], del: [] },
      jobs: { up: [['j1', 'changed'], ['j3', 'new']], del: ['j2'] },
      settings: { up: [['shop', 'changed']], del: [] },
    });
    expect(diff.nextJobNumber).toEqual({ before: 1001, after: 1004 });
    expect(diff.nextBatchNumber).toBeNull();
  });

  it('keys print records by technician and day, and calendar feeds by technician', () => {
    const before = base();
    const after = produce(before, (d) => {
      d.printRecords.push({ technicianId: 't1', day: '2026-12-07', printedAt: '2026-12-06T10:00:00.000Z', jobs: [] });
    });
    expect(diffDocuments(before, after).tables.map((t) => [t.spec.table, t.upserts.map((u) => u.key)])).toEqual([['print_records', ['t1/2026-12-07']]]);
  });

  it('refuses a document where two records of one table share a key', () => {
    const before = base();
    const after = produce(before, (d) => void d.jobs.push({ ...d.jobs[0]!, title: 'twin' }));
    expect(() => diffDocuments(before, after)).toThrow(DuplicateKeyError);
  });

  it('writes every record of a document into an empty database', () => {
    const doc = base();
    const diff = diffDocuments({}, doc);
    expect(diff.tables.find((t) => t.spec.table === 'jobs')?.upserts.map((u) => u.key)).toEqual(['j1', 'j2']);
    expect(diff.tables.find((t) => t.spec.table === 'alert_state')?.upserts).toHaveLength(1);
  });
});

describe('historyPlan', () => {
  const entry = (detail: string) => ({ at: '2026-11-25T10:00:00.000Z', by: 'dispatcher', action: 'edited', detail });
  it('adds only the new lines of a continued history', () => {
    const before = makeJob({ history: [entry('a'), entry('b')] });
    const after = { ...before, history: [...before.history, entry('c')] };
    expect(historyPlan(before, after)).toEqual({ reset: false, from: 2, lines: [entry('c')] });
  });
  it('rewrites a history that is not a continuation, and writes all of a new job', () => {
    const before = makeJob({ history: [entry('a'), entry('b')] });
    expect(historyPlan(before, { ...before, history: [entry('x')] })).toEqual({ reset: true, from: 0, lines: [entry('x')] });
    expect(historyPlan(undefined, before)).toEqual({ reset: false, from: 0, lines: before.history });
    expect(historyPlan(before, { ...before }).lines).toEqual([]);
  });
});
