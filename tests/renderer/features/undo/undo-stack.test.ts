import { describe, expect, it } from 'vitest';
import { createUndoStack, describeEntry } from '../../../../renderer/src/features/undo/undo-stack';
import type { ScheduleSnapshot, UndoEntry } from '../../../../renderer/src/features/undo/undo-stack';

const queued: ScheduleSnapshot = { assignment: null, status: 'new', statusReason: null };
const booked = (start: string): ScheduleSnapshot => ({
  assignment: { technicianId: 't1', start, end: start.replace('T09', 'T10') },
  status: 'scheduled',
  statusReason: null,
});

function entry(over: Partial<UndoEntry> = {}): UndoEntry {
  return {
    jobId: 'job-1',
    jobNumber: 'J-1042',
    kind: 'move',
    before: queued,
    after: booked('2026-11-26T09:00:00Z'),
    beforeRevision: 0,
    afterRevision: 1,
    ...over,
  };
}

describe('undo stack', () => {
  it('names entries for labels', () => {
    expect(describeEntry({ kind: 'move', jobNumber: 'J-1042' })).toBe('move of J-1042');
    expect(describeEntry({ kind: 'assign', jobNumber: 'J-7' })).toBe('assignment of J-7');
    expect(describeEntry({ kind: 'unassign', jobNumber: 'J-7' })).toBe('unassignment of J-7');
  });

  it('undoes newest first, moves undone entries to redo, and a new change clears redo', () => {
    const s = createUndoStack();
    const a = entry({ jobId: 'a' });
    const b = entry({ jobId: 'b' });
    s.record(a);
    s.record(b);
    expect(s.peekUndo()).toBe(b);
    s.undone(b, 7);
    expect(s.peekUndo()).toBe(a);
    expect(s.peekRedo()).toMatchObject({ jobId: 'b', beforeRevision: 7 });
    s.record(entry({ jobId: 'c' }));
    expect(s.peekRedo()).toBeUndefined();
    expect(s.sizes()).toEqual({ undo: 2, redo: 0 });
  });

  it('redo puts the entry back on the undo side with the new revision', () => {
    const s = createUndoStack();
    const a = entry();
    s.record(a);
    s.undone(a, 2);
    const r = s.peekRedo()!;
    s.redone(r, 3);
    expect(s.peekUndo()).toMatchObject({ beforeRevision: 2, afterRevision: 3 });
    expect(s.peekRedo()).toBeUndefined();
  });

  it('hands the new revision to the next entry of the same job, so two undos in a row both apply', () => {
    const s = createUndoStack();
    // assign (0 → 1), then move (1 → 2) of the same job.
    s.record(entry({ kind: 'assign', beforeRevision: 0, afterRevision: 1 }));
    const move = entry({ kind: 'move', beforeRevision: 1, afterRevision: 2 });
    s.record(move);
    s.undone(move, 3); // the job is back in the assigned state, now at revision 3
    expect(s.peekUndo()).toMatchObject({ kind: 'assign', afterRevision: 3 });
    // …and on the redo side the same: redoing the assignment hands its revision to the move.
    const assign = s.peekUndo()!;
    s.undone(assign, 4);
    const redoAssign = s.peekRedo()!;
    s.redone(redoAssign, 5);
    expect(s.peekRedo()).toMatchObject({ kind: 'move', beforeRevision: 5 });
  });

  it('ignores stale bookkeeping, drops entries and amends the newest entry of a job', () => {
    const s = createUndoStack();
    const a = entry();
    s.record(a);
    s.undone(entry(), 99); // not the top entry (a different object): nothing happens
    expect(s.peekUndo()).toBe(a);
    expect(s.amend('job-1', 42, booked('2026-11-26T09:00:00Z'), 9)).toBe(false);
    const reason = { ...booked('2026-11-26T09:00:00Z') };
    expect(s.amend('job-1', 1, reason, 9)).toBe(true);
    expect(s.peekUndo()).toMatchObject({ after: reason, afterRevision: 9 });
    s.drop(s.peekUndo()!);
    expect(s.sizes()).toEqual({ undo: 0, redo: 0 });
  });

  it('keeps at most `limit` entries and tells subscribers about every change', () => {
    const s = createUndoStack(2);
    let calls = 0;
    s.subscribe(() => calls++);
    const v0 = s.version();
    s.record(entry({ jobId: '1' }));
    s.record(entry({ jobId: '2' }));
    s.record(entry({ jobId: '3' }));
    expect(s.sizes().undo).toBe(2);
    expect(s.peekUndo()?.jobId).toBe('3');
    expect(calls).toBe(3);
    expect(s.version()).toBe(v0 + 3);
  });
});
