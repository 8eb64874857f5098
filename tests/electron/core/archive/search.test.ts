import { afterEach, describe, expect, it } from 'vitest';
import { asJobNumber } from '../../../../electron/core/archive/archive-index';
import { dispatch } from '../../../../shared/ipc/dispatch';
import type { ArchivedJob } from '../../../../shared/ipc/outputs';
import type { Result } from '../../../../shared/ipc/result';
import { createHandlers } from '../../../../electron/core/handlers';
import { archiveFixture, finishedJob } from './support/archive-fixture';

type Fixture = Awaited<ReturnType<typeof archiveFixture>>;
let fx: Fixture | null = null;
afterEach(async () => {
  await fx?.close();
  fx = null;
});

async function archived() {
  fx = await archiveFixture([
    finishedJob(1, 40, { title: 'Server room UPS alarm', description: 'Battery swap' }),
    finishedJob(2, 60, { clientId: 'c2', title: 'Scanner offline', notes: 'Replaced the network cable' }),
    finishedJob(3, 100, { clientId: 'c2', title: 'Laptop screen cracked', number: 'J-42' }),
    finishedJob(4, 35, { title: 'Open job left alone', status: 'on-site' }),
  ]);
  await fx.archive.run();
  return fx;
}

describe('archive search', () => {
  it('finds by job number, client name and text, newest first', async () => {
    const f = await archived();
    const ids = async (query: string) => (await f.archive.search({ query, limit: 50 })).hits.map((h) => h.id);
    expect(await ids('J-1002')).toEqual(['job-2']);
    expect(await ids('42')).toEqual(['job-3']);
    expect(await ids('whitfield')).toEqual(['job-2', 'job-3']);
    expect(await ids('battery')).toEqual(['job-1']);
    expect(await ids('network CABLE')).toEqual(['job-2']);
    expect(await ids('crane laptop')).toEqual(['job-3']);
    expect(await ids('finished')).toEqual([]);
    expect(await ids('open job')).toEqual([]); // never archived: still open
    const all = await f.archive.search({ query: 'j-', limit: 2 });
    expect(all.hits.map((h) => h.id)).toEqual(['job-1', 'job-2']);
    expect(all).toMatchObject({ total: 3, searched: 3, problems: [] });
    expect(all.hits[0]).toMatchObject({ number: 'J-1001', clientName: 'Harbour Dental Practice', technicianName: 'Alex Chen', month: '2026-10' });
  });

  it('sees new archive writes (the month index is invalidated)', async () => {
    const f = await archived();
    expect((await f.archive.search({ query: 'toner', limit: 5 })).hits).toEqual([]);
    await f.store.mutate((d) => void d.jobs.push(finishedJob(9, 41, { title: 'Toner smeared' })));
    await f.archive.run();
    expect((await f.archive.search({ query: 'toner', limit: 5 })).hits.map((h) => h.id)).toEqual(['job-9']);
  });

  it('opens one archived job in full, read-only, and refuses bad input through the contract', async () => {
    const f = await archived();
    const handlers = createHandlers({ archive: f.archive } as never);
    const got = (await dispatch(handlers, 'archive:get', { id: 'job-2' })) as Result<ArchivedJob>;
    expect(got.ok && got.value.job.history.map((h) => h.action)).toEqual(['created', 'status']);
    expect(got.ok && got.value).toMatchObject({ clientName: 'Whitfield & Crane Solicitors', month: '2026-09' });
    const missing = await dispatch(handlers, 'archive:get', { id: 'job-4' });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    const blank = await dispatch(handlers, 'archive:search', { query: '   ' });
    expect(!blank.ok && blank.error.code).toBe('BAD_INPUT');
    const huge = await dispatch(handlers, 'archive:search', { query: 'x', limit: 10_000 });
    expect(!huge.ok && huge.error.code).toBe('BAD_INPUT');
  });

  it('hands a calendar export every archived job of the months asked for, validated', async () => {
    const f = await archived();
    // NOW is 2026-11-25: 40, 60 and 100 days back finished in October, September and August (UTC).
    expect((await f.archive.finishedIn(['2026-10'])).map((j) => j.id)).toEqual(['job-1']);
    expect((await f.archive.finishedIn(['2026-08', '2026-09', '2026-07'])).map((j) => j.id).sort()).toEqual(['job-2', 'job-3']);
    expect((await f.archive.finishedIn(['2026-10']))[0]?.visits).toEqual([]);
  });

  it('reads job numbers in the forms dispatchers type', () => {
    expect(asJobNumber('1042')).toBe('J-1042');
    expect(asJobNumber('j-1042')).toBe('J-1042');
    expect(asJobNumber('J1042')).toBe('J-1042');
    expect(asJobNumber('printer 1042')).toBeNull();
  });
});
