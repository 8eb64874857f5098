/**
 * The reports service over the active file and real month files on disk: archived jobs count,
 * months are cached until their file changes, progress is published for a caller's request id,
 * an unreadable month is named instead of failing the report, and inputs are checked at the boundary.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveFiles, type ArchiveStorage } from '../../../../../electron/core/archive/archive-files';
import { ARCHIVE_DIR, ARCHIVE_FORMAT, ARCHIVE_VERSION } from '../../../../../electron/core/archive/archive-format';
import { createReportsService } from '../../../../../electron/core/services/reports/reports';
import type { Job } from '../../../../../shared/schemas/job';
import { makeJob, makeVisit } from '../../../../support/factories';
import { createHarness } from '../../support/harness';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function archivedJob(id: string, receivedAt: string, extra: Partial<Job> = {}): Job {
  return makeJob({ id, number: `J-${id.replace(/\D/g, '')}`, clientId: 'c1', status: 'done', receivedAt, createdAt: receivedAt, updatedAt: receivedAt, ...extra });
}

async function shop(months: Record<string, Job[]>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'reports-'));
  dirs.push(dataDir);
  const files = new ArchiveFiles(join(dataDir, ARCHIVE_DIR));
  for (const [month, jobs] of Object.entries(months)) {
    await files.write({
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      month,
      entries: jobs.map((job) => ({ job, clientName: 'Harbour Dental Practice', technicianName: null, finishedAt: job.updatedAt, archivedAt: '2026-11-20T00:00:00Z' })),
    });
  }
  const h = createHarness();
  const reports = createReportsService(h.ctx, { dataDir });
  return { h, reports, files, dataDir };
}

describe('reports service', () => {
  it('reads archived jobs from the shared database when that is where they live, again once another desk changes a month', async () => {
    // Month files outside the data folder, behind a storage that stamps months as the shared database does.
    const { files } = await shop({ '2026-10': [archivedJob('a1', '2026-10-05T09:00:00Z')], '2026-11': [archivedJob('a3', '2026-11-03T09:00:00Z')] });
    const emptyDataDir = mkdtempSync(join(tmpdir(), 'reports-'));
    dirs.push(emptyDataDir);
    let version = 1;
    let stampReads = 0;
    const shared: ArchiveStorage = {
      prepare: () => files.prepare(),
      pathOf: (month) => `archived_jobs (${month})`,
      months: () => files.months(),
      read: (month, full) => files.read(month, full),
      write: (file) => files.write(file),
      writePending: (batch) => files.writePending(batch),
      readPending: () => files.readPending(),
      clearPending: () => files.clearPending(),
      stamps: async () => {
        stampReads += 1;
        return new Map([['2026-10', `v${version}`], ['2026-11', 'v1']]);
      },
    };
    const h = createHarness();
    const reports = createReportsService(h.ctx, { dataDir: emptyDataDir, archive: shared });
    const range = { from: '2026-10-01', to: '2026-11-30', forecastWeeks: 1 };
    expect((await reports.demand(range)).jobsRead).toEqual({ active: 0, archived: 2 });
    // One read of the stamps per report, not one per month (two months here).
    expect(stampReads).toBe(1);
    const read = await files.read('2026-10', false);
    if (!read.ok) throw new Error(read.reason);
    const entry = read.file.entries[0]!;
    await files.write({ ...read.file, entries: [entry, { ...entry, job: archivedJob('a2', '2026-10-06T09:00:00Z') }] });
    // Same stamp: the cached month stands; a new stamp (another desk archived into it): read again.
    expect((await reports.demand(range)).jobsRead.archived).toBe(2);
    version = 2;
    expect((await reports.demand(range)).jobsRead.archived).toBe(3);
  });

  it('counts archived jobs beside active ones, and reads only months that can matter', async () => {
    const { h, reports } = await shop({
      '2026-08': [archivedJob('a1', '2026-08-14T09:00:00Z')],
      '2026-10': [archivedJob('a2', '2026-10-05T09:00:00Z'), archivedJob('a3', '2026-10-05T10:00:00Z')],
    });
    await h.value('jobs:create', { clientId: 'c1', siteId: 's1', contactId: null, title: 'Printer jams again', category: 'printer', priority: 'P3', estimateMinutes: 60, requiredSkills: [], receivedAt: '2026-10-05T11:00:00Z' });
    const r = await reports.demand({ from: '2026-10-01', to: '2026-10-31', forecastWeeks: 1 });
    expect(r.jobsRead).toEqual({ active: 1, archived: 2 });
    expect(r.days.find((d) => d.day === '2026-10-05')?.received).toBe(3);
    expect(r.totalReceived).toBe(3);
    expect(r.problems).toEqual([]);
  });

  it('reads a month again once the archiver has written to it, and not before', async () => {
    const { reports, files } = await shop({ '2026-10': [archivedJob('a1', '2026-10-05T09:00:00Z')] });
    const range = { from: '2026-10-01', to: '2026-10-31' };
    expect((await reports.backlog(range)).samples.reduce((n, s) => n + s.received, 0)).toBe(1);
    const read = await files.read('2026-10', false);
    if (!read.ok) throw new Error(read.reason);
    await files.write({ ...read.file, entries: [...read.file.entries, { ...read.file.entries[0]!, job: archivedJob('a2', '2026-10-06T09:00:00Z') }] });
    expect((await reports.backlog(range)).samples.reduce((n, s) => n + s.received, 0)).toBe(2);
  });

  it('publishes progress per archive month for a call with a request id', async () => {
    const { h, reports } = await shop({ '2026-09': [], '2026-10': [], '2026-11': [] });
    await reports.sla({ from: '2026-09-01', to: '2026-11-30', requestId: 'r-1' });
    const progress = h.events.filter((e) => e.name === 'reports:progress').map((e) => e.payload);
    expect(progress).toEqual([1, 2, 3, 4].map((done) => ({ requestId: 'r-1', report: 'sla', done, total: 4 })));
    await reports.sla({ from: '2026-09-01', to: '2026-11-30' });
    expect(h.events.filter((e) => e.name === 'reports:progress')).toHaveLength(4);
  });

  it('names a month file it cannot read and reports the rest', async () => {
    const { reports, dataDir } = await shop({ '2026-10': [archivedJob('a1', '2026-10-05T09:00:00Z', { visits: [makeVisit({ technicianId: 't1', arrivedAt: '2026-10-05T09:00:00Z', departedAt: '2026-10-05T10:00:00Z', outcome: 'done' })] })] });
    writeFileSync(join(dataDir, ARCHIVE_DIR, 'jobs-2026-11.json'), '{ not json');
    const r = await reports.technicians({ from: '2026-10-01', to: '2026-11-30' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.month).toBe('2026-11');
    expect(r.rows.find((row) => row.technicianId === 't1')).toMatchObject({ onSiteMinutes: 60, firstVisits: 1, firstTimeFixes: 1 });
  });

  it('leaves out an archived job whose dates do not parse, and says so', async () => {
    const broken = { ...archivedJob('a2', '2026-10-06T09:00:00Z'), receivedAt: 'yesterday' } as Job;
    const { reports } = await shop({ '2026-10': [archivedJob('a1', '2026-10-05T09:00:00Z'), broken] });
    const r = await reports.demand({ from: '2026-10-01', to: '2026-10-31', forecastWeeks: 1 });
    expect(r.totalReceived).toBe(1);
    expect(r.problems).toEqual([{ month: '2026-10', reason: '1 archived job(s) are damaged and left out' }]);
  });

  it('refuses ranges over two years, backwards ranges and unknown fields as BAD_INPUT', async () => {
    const h = createHarness();
    expect((await h.error('reports:sla', { from: '2024-01-01', to: '2026-01-02' })).code).toBe('BAD_INPUT');
    expect((await h.error('reports:sla', { from: '2026-02-01', to: '2026-01-01' })).code).toBe('BAD_INPUT');
    expect((await h.error('reports:repeats', { from: '2026-01-01', to: '2026-01-31', minJobs: 1 })).code).toBe('BAD_INPUT');
    expect((await h.error('reports:income', { from: '2026-01-01', to: '2026-01-31', extra: 1 } as never)).code).toBe('BAD_INPUT');
    // Exactly two years (731 days with a leap day) is allowed.
    expect((await h.value('reports:balance', { from: '2024-01-01', to: '2025-12-31' })).weeks.length).toBe(105);
  });

  it('filters by client', async () => {
    const { h, reports } = await shop({ '2026-10': [archivedJob('a1', '2026-10-05T09:00:00Z'), archivedJob('a2', '2026-10-05T09:00:00Z', { clientId: 'c2' })] });
    const r = await reports.repeats({ from: '2026-10-01', to: '2026-10-31', windowDays: 30, minJobs: 2, clientIds: ['c2'] });
    expect(r.jobsRead).toEqual({ active: 0, archived: 1 });
    expect(h.doc().jobs).toHaveLength(0);
  });
});
