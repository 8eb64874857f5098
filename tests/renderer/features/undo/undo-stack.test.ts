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
    beforeUpdatedAt: 'u0',
    afterUpdatedAt: 'u1',
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
    s.undone(b, 'b-undone');
    expect(s.peekUndo()).toBe(a);
    expect(s.peekRedo()).toMatchObject({ jobId: 'b', beforeUpdatedAt: 'b-undone' });
    s.record(entry({ jobId: 'c' }));
    expect(s.peekRedo()).toBeUndefined();
    expect(s.sizes()).toEqual({ undo: 2, redo: 0 });
  });

  it('redo puts the entry back on the undo side with the new stamp', () => {
    const s = createUndoStack();
    const a = entry();
    s.record(a);
    s.undone(a, 'u2');
    const r = s.peekRedo()!;
    s.redone(r, 'u3');
    expect(s.peekUndo()).toMatchObject({ beforeUpdatedAt: 'u2', afterUpdatedAt: 'u3' });
    expect(s.peekRedo()).toBeUndefined();
  });

  it('hands the new stamp to the next entry of the same job, so two undos in a row both apply', () => {
    const s = createUndoStack();
    // assign (u0 → u1), then move (u1 → u2) of the same job.
    s.record(entry({ kind: 'assign', beforeUpdatedAt: 'u0', afterUpdatedAt: 'u1' }));
    const move = entry({ kind: 'move', beforeUpdatedAt: 'u1', afterUpdatedAt: 'u2' });
    s.record(move);
    s.undone(move, 'u3'); // the job is back in the assigned state, now stamped u3
    expect(s.peekUndo()).toMatchObject({ kind: 'assign', afterUpdatedAt: 'u3' });
    // …and on the redo side the same: redoing the assignment hands its stamp to the move.
    const assign = s.peekUndo()!;
    s.undone(assign, 'u4');
    const redoAssign = s.peekRedo()!;
    s.redone(redoAssign, 'u5');
    expect(s.peekRedo()).toMatchObject({ kind: 'move', beforeUpdatedAt: 'u5' });
  });

  it('ignores stale bookkeeping, drops entries and amends the newest entry of a job', () => {
    const s = createUndoStack();
    const a = entry();
    s.record(a);
    s.undone(entry(), 'x'); // not the top entry (a different object): nothing happens
    expect(s.peekUndo()).toBe(a);
    expect(s.amend('job-1', 'wrong', booked('2026-11-26T09:00:00Z'), 'u9')).toBe(false);
    const reason = { ...booked('2026-11-26T09:00:00Z') };
    expect(s.amend('job-1', 'u1', reason, 'u9')).toBe(true);
    expect(s.peekUndo()).toMatchObject({ after: reason, afterUpdatedAt: 'u9' });
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
