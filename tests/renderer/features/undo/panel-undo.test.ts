import { describe, expect, it } from 'vitest';
import { editUndoEntry, fieldValuesOf, statusUndoEntry } from '../../../../renderer/src/features/undo/panel-undo';
import { describeEntry } from '../../../../renderer/src/features/undo/undo-stack';
import { makeJob } from '../../../support/factories';

const assignment = { technicianId: 'tech-1', start: '2026-12-09T09:00:00.000Z', end: '2026-12-09T10:00:00.000Z' };

describe('statusUndoEntry', () => {
  it('records the status and reason on each side with both revisions', () => {
    const before = makeJob({ status: 'scheduled', assignment, revision: 4 });
    const saved = { ...before, status: 'on-hold' as const, statusReason: 'Waiting for parts', revision: 5 };
    const entry = statusUndoEntry(before, saved)!;
    expect(entry).toMatchObject({
      kind: 'status',
      before: { status: 'scheduled', statusReason: null, assignment },
      after: { status: 'on-hold', statusReason: 'Waiting for parts', assignment },
      beforeRevision: 4,
      afterRevision: 5,
    });
    expect(describeEntry(entry)).toBe('status change of J-1001');
  });

  it('records nothing for a job that was closed (done or cancelled cannot be put back)', () => {
    const before = makeJob({ status: 'on-site', assignment, revision: 2 });
    expect(statusUndoEntry(before, { ...before, status: 'done', revision: 3 })).toBeNull();
    expect(statusUndoEntry(before, { ...before, status: 'cancelled', revision: 3 })).toBeNull();
  });
});

describe('editUndoEntry', () => {
  it('keeps only the patched fields, as they were before and as the host saved them', () => {
    const before = makeJob({ title: 'Printer jams', priority: 'P3', notes: 'old', revision: 7 });
    const saved = { ...before, title: 'Printer jams on tray 2', priority: 'P2' as const, revision: 8 };
    const entry = editUndoEntry(before, { title: 'Printer jams on tray 2 ', priority: 'P2' }, saved)!;
    expect(entry.fields).toEqual({ before: { title: 'Printer jams', priority: 'P3' }, after: { title: 'Printer jams on tray 2', priority: 'P2' } });
    expect(entry).toMatchObject({ kind: 'edit', beforeRevision: 7, afterRevision: 8 });
    expect(describeEntry(entry)).toBe('edit of J-1001');
  });

  it('records nothing for an empty patch', () => {
    expect(editUndoEntry(makeJob(), {}, makeJob({ revision: 2 }))).toBeNull();
  });

  it('reads a field that is null on the job (no site) as null, so undo clears it again', () => {
    expect(fieldValuesOf(makeJob({ siteId: null }), ['siteId'])).toEqual({ siteId: null });
  });
});
