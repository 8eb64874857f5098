import { describe, expect, it } from 'vitest';
import type { JobsDelta } from '../../../shared/ipc/deltas';
import type { Job } from '../../../shared/schemas/job';
import { createJobCache } from '../../../renderer/src/state/job-cache';
import { makeJob } from '../support/factories';

const at = (technicianId: string, start: string, revision: number): Job =>
  makeJob({ status: 'scheduled', revision, assignment: { technicianId, start, end: start.replace('T09', 'T10') } });
const delta = (revision: number, previous: number, jobs: Job[], removed: string[] = []): JobsDelta => ({
  revision,
  previous,
  ids: [...jobs.map((j) => j.id), ...removed],
  jobs,
  removed,
});

describe('job cache', () => {
  it('applies deltas in revision order and reports what changed', () => {
    const cache = createJobCache();
    cache.applySnapshot([makeJob()], 1);
    const { gap, changed } = cache.applyDeltas([delta(3, 2, [at('t2', '2026-11-26T09:00:00Z', 3)]), delta(2, 1, [at('t1', '2026-11-26T09:00:00Z', 2)])]);
    expect(gap).toBe(false);
    expect([...changed]).toEqual(['job-1']);
    expect(cache.get('job-1')?.assignment?.technicianId).toBe('t2');
    expect(cache.revision()).toBe(3);
  });

  it('reports a gap when the delta before the next one never arrived', () => {
    const cache = createJobCache();
    cache.applySnapshot([], 5);
    expect(cache.applyDeltas([delta(6, 5, [])]).gap).toBe(false);
    expect(cache.applyDeltas([delta(9, 8, [])]).gap).toBe(true);
  });

  it('sees no gap for deltas the snapshot already covered, nor before the first snapshot', () => {
    const cache = createJobCache();
    expect(cache.applyDeltas([delta(4, 3, [])]).gap).toBe(false);
    cache.applySnapshot([], 10);
    expect(cache.applyDeltas([delta(8, 7, [])]).gap).toBe(false);
    expect(cache.applyDeltas([delta(11, 10, [])]).gap).toBe(false);
  });

  it('never steps a job back to an older revision', () => {
    const cache = createJobCache();
    cache.applyDeltas([delta(5, 4, [at('t2', '2026-11-26T09:00:00Z', 5)])]);
    cache.applySnapshot([at('t1', '2026-11-26T09:00:00Z', 4)], 3);
    cache.merge(at('t1', '2026-11-26T09:00:00Z', 4));
    expect(cache.get('job-1')?.revision).toBe(5);
  });

  it('keeps a job gone for snapshots taken before it left, and drops jobs a snapshot no longer lists', () => {
    const cache = createJobCache();
    const other = makeJob({ id: 'job-2' });
    cache.applySnapshot([makeJob(), other], 1, () => true);
    cache.applyDeltas([delta(3, 1, [], ['job-1'])]);
    cache.applySnapshot([makeJob(), other], 2, () => true);
    expect(cache.get('job-1')).toBeUndefined();
    cache.applySnapshot([], 4, (j) => j.id === 'job-2');
    expect(cache.get('job-2')).toBeUndefined();
  });

  it('keeps a job a newer delta brought when an older snapshot does not list it', () => {
    const cache = createJobCache();
    cache.applySnapshot([], 1);
    cache.applyDeltas([delta(3, 1, [makeJob({ revision: 2 })])]);
    cache.applySnapshot([], 2, () => true);
    expect(cache.get('job-1')?.revision).toBe(2);
  });

  it('shows an optimistic job until its call settles, then the host copy', () => {
    const cache = createJobCache();
    cache.applySnapshot([makeJob()], 1);
    const token = cache.begin(at('t1', '2026-11-26T09:00:00Z', 1));
    expect(cache.get('job-1')?.assignment?.technicianId).toBe('t1');
    expect([...cache.pendingIds()]).toEqual(['job-1']);
    cache.settle('job-1', token, at('t1', '2026-11-26T09:00:00Z', 2));
    expect(cache.get('job-1')?.revision).toBe(2);
    expect(cache.pendingIds().size).toBe(0);
  });

  it('rolls back to the host copy when the call is refused (CONFLICT: what changed elsewhere shows)', () => {
    const cache = createJobCache();
    cache.applySnapshot([makeJob()], 1);
    const token = cache.begin(at('t1', '2026-11-26T09:00:00Z', 1));
    cache.applyDeltas([delta(2, 1, [at('t2', '2026-11-26T11:00:00Z', 2)])]);
    expect(cache.get('job-1')?.assignment?.technicianId).toBe('t1');
    cache.settle('job-1', token);
    expect(cache.get('job-1')?.assignment?.technicianId).toBe('t2');
  });

  it('shows a change made elsewhere after its own save, when the reply arrives after that change', () => {
    const cache = createJobCache();
    cache.applySnapshot([makeJob()], 1);
    const token = cache.begin(at('t1', '2026-11-26T09:00:00Z', 1));
    // Ours committed as revision 2, then another client moved it (3); the deltas beat our reply.
    cache.applyDeltas([delta(2, 1, [at('t2', '2026-11-26T11:00:00Z', 3)]), delta(3, 2, [at('t2', '2026-11-26T11:00:00Z', 3)])]);
    cache.settle('job-1', token, at('t1', '2026-11-26T09:00:00Z', 2));
    expect(cache.get('job-1')?.assignment?.technicianId).toBe('t2');
  });

  it('lets a second change of the same job keep its optimistic copy when the first settles', () => {
    const cache = createJobCache();
    cache.applySnapshot([makeJob()], 1);
    const first = cache.begin(at('t1', '2026-11-26T09:00:00Z', 1));
    cache.begin(at('t2', '2026-11-26T09:00:00Z', 1));
    cache.settle('job-1', first);
    expect(cache.get('job-1')?.assignment?.technicianId).toBe('t2');
  });
});

describe('job cache after a reconnect', () => {
  it('takes the numbering from the next snapshot, so a restarted host counting from 0 is followed', () => {
    const cache = createJobCache();
    cache.applySnapshot([makeJob({ revision: 4 })], 900);
    cache.renumber();
    cache.applySnapshot([makeJob({ revision: 4 })], 3);
    expect(cache.applyDeltas([delta(6, 5, [])]).gap).toBe(true);
    expect(cache.get('job-1')?.revision).toBe(4);
  });
});
