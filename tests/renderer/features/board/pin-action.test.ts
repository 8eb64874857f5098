import { describe, expect, it } from 'vitest';
import { createBoardActions } from '../../../../renderer/src/features/board/board-actions';
import { createBoardSession } from '../../../../renderer/src/features/board/board-session';
import { createLiveJobs } from '../../../../renderer/src/state/live-jobs';
import type { Channel } from '../../../../shared/ipc/contract';
import type { BoardData, QueueData } from '../../../../shared/ipc/outputs';
import type { Result } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import { makeJob, makeTechnician } from '../../support/factories';

const booked = makeJob({ id: 'job-1', number: 'J-1042', revision: 4, status: 'scheduled', assignment: { technicianId: 'tech-1', start: '2026-11-27T09:00:00.000Z', end: '2026-11-27T10:00:00.000Z' } });

function setup(reply: (input: { patch: { pinned: boolean }; expectedRevision: number }) => Result<Job>) {
  const calls: Array<{ channel: Channel; input: unknown }> = [];
  const invoke = async (channel: Channel, input: never) => {
    calls.push({ channel, input });
    return channel === 'jobs:update' ? reply(input) : { ok: false, error: { code: 'INTERNAL', message: channel } };
  };
  const session = createBoardSession();
  const jobs = createLiveJobs({ frame: (flush) => flush(), onChange: () => {}, resync: () => {} });
  const board = { from: '2026-11-27T00:00:00.000Z', to: '2026-11-28T00:00:00.000Z', technicians: [makeTechnician({ id: 'tech-1' })], jobs: [booked], revision: 1 } as BoardData;
  jobs.queueSnapshot({ jobs: [], revision: 1 } as QueueData);
  jobs.boardSnapshot(board);
  const actions = createBoardActions({ invoke: invoke as never, getState: () => ({ board, settings: null, boardRange: null }), jobs, session, refresh: () => {} });
  return { actions, session, calls, jobs };
}

describe('pin action', () => {
  it('pins through jobs:update with the revision seen, and undo unpins through the same channel', async () => {
    let revision = booked.revision;
    const t = setup(({ patch, expectedRevision }) => {
      expect(expectedRevision).toBe(revision);
      revision += 1;
      return { ok: true, value: { ...booked, pinned: patch.pinned, revision } };
    });
    expect(await t.actions.togglePin('job-1')).toBe(true);
    expect(t.calls[0]).toEqual({ channel: 'jobs:update', input: { id: 'job-1', patch: { pinned: true }, expectedRevision: 4 } });
    expect(t.jobs.get('job-1')?.pinned).toBe(true);
    expect(t.session.undo.peekUndo()).toMatchObject({ kind: 'pin', fields: { before: { pinned: false }, after: { pinned: true } } });
    expect(await t.actions.undo()).toBe(true);
    expect(t.calls[1]).toEqual({ channel: 'jobs:update', input: { id: 'job-1', patch: { pinned: false }, expectedRevision: 5 } });
  });

  it('a refused pin leaves the job as the host has it and records nothing', async () => {
    const t = setup(() => ({ ok: false, error: { code: 'CONFLICT', message: 'J-1042 was changed since you last saw it' } }));
    expect(await t.actions.togglePin('job-1')).toBe(false);
    expect(t.jobs.get('job-1')?.pinned).toBe(false);
    expect(t.session.undo.sizes()).toEqual({ undo: 0, redo: 0 });
  });
});
