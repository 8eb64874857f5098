/**
 * The jobs a report reads: the active document's and the archived ones, as report views
 * (shared/reports/report-job.ts). Archive months are read through the archive's own read path and
 * kept in memory per month, keyed by the file's size and modification time, so a month the
 * archiver has since appended to is read again and an unchanged one is never parsed twice. Months
 * are read one at a time with a pause between them, so the host keeps answering the board while a
 * two-year report loads.
 */
import type { ArchiveEntry } from '../../archive/archive-format';
import type { ArchiveStorage } from '../../archive/archive-files';
import type { FileSystem } from '../../store/file-system';
import { codeOf } from '../../store/durable-json-file';
import { toReportJob, type ReportJob } from '../../../../shared/reports/report-job';
import type { ReportProblem } from '../../../../shared/reports/types';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';

type MonthCache = { stamp: string; jobs: ReportJob[]; problem: ReportProblem | null };

export type LoadedJobs = { jobs: ReportJob[]; active: number; archived: number; problems: ReportProblem[] };

/** Called after each month read: `done` of `total` steps (the active file is the last one). */
export type OnProgress = (done: number, total: number) => void;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isInstantOrNull = (v: unknown) => v === null || v === undefined || isInstant(v);

/**
 * An archived job with the fields older month files lack filled in as their migrations would, or
 * null when a field a report reads is damaged. Month files are checked structurally when read
 * (as for search); running the full job schema over a year of archives would cost seconds per
 * report for checks the reports do not need, so only what they read is checked here.
 */
function archivedJob(raw: ArchiveEntry): Job | null {
  const job = raw.job as Partial<Job> & Pick<Job, 'id' | 'number' | 'title' | 'status' | 'history'>;
  if (!isInstant(job.receivedAt) || !isInstant(job.updatedAt) || typeof job.clientId !== 'string') return null;
  if (![job.responseDueAt, job.resolutionDueAt, job.respondedAt, job.resolvedAt, job.slaPausedSince].every(isInstantOrNull)) return null;
  if (job.assignment && (!isInstant(job.assignment.start) || !isInstant(job.assignment.end))) return null;
  const visits = Array.isArray(job.visits) ? job.visits : [];
  if (!visits.every((v) => typeof v === 'object' && v !== null && isInstant(v.arrivedAt) && isInstant(v.departedAt))) return null;
  if (!job.history.every((h) => typeof h === 'object' && h !== null && isInstant(h.at) && typeof h.action === 'string')) return null;
  return {
    ...(job as Job),
    responseDueAt: job.responseDueAt ?? null,
    resolutionDueAt: job.resolutionDueAt ?? null,
    respondedAt: job.respondedAt ?? null,
    resolvedAt: job.resolvedAt ?? null,
    slaPausedSince: job.slaPausedSince ?? null,
    slaPausedMinutes: typeof job.slaPausedMinutes === 'number' ? job.slaPausedMinutes : 0,
    estimateMinutes: typeof job.estimateMinutes === 'number' ? job.estimateMinutes : 60,
    assignment: job.assignment ?? null,
    siteId: job.siteId ?? null,
    visits: visits.map((v) => ({ ...v, travelMinutes: typeof v.travelMinutes === 'number' ? v.travelMinutes : 0, followUpJobId: v.followUpJobId ?? null, billedBatchId: v.billedBatchId ?? null })),
    followUpOf: job.followUpOf ?? null,
    maintenance: job.maintenance ?? null,
  };
}

export class ReportSource {
  private readonly months = new Map<string, MonthCache>();
  /** Report views of active jobs by record: records are immutable and keep their identity while unchanged. */
  private readonly activeViews = new WeakMap<Job, { clientName: string; view: ReportJob }>();

  constructor(
    private readonly files: ArchiveStorage,
    private readonly fs: FileSystem,
  ) {}

  /**
   * Every active job, and every archived job that finished in `fromMonth` (`YYYY-MM`) or later:
   * a job that finished earlier was neither received nor open nor visited in the range.
   */
  async load(doc: DispatchDocument, fromMonth: string, onProgress?: OnProgress): Promise<LoadedJobs> {
    const wanted = (await this.files.months()).filter((m) => m >= fromMonth).sort();
    // Where other desks write too, one read of every month's stamp serves the whole load.
    const shared = this.files.stamps ? await this.files.stamps() : null;
    const total = wanted.length + 1;
    const jobs: ReportJob[] = [];
    const problems: ReportProblem[] = [];
    const activeIds = new Set(doc.jobs.map((j) => j.id));
    let archived = 0;
    for (const [i, month] of wanted.entries()) {
      const cached = await this.month(month, shared);
      if (cached.problem) problems.push(cached.problem);
      for (const job of cached.jobs) {
        // A job the archiver is moving can briefly be in both places: the active copy wins.
        if (activeIds.has(job.id)) continue;
        jobs.push(job);
        archived += 1;
      }
      onProgress?.(i + 1, total);
      await pause();
    }
    const names = new Map(doc.clients.map((c) => [c.id, c.name]));
    for (const job of doc.jobs) jobs.push(this.activeView(job, names.get(job.clientId) ?? 'Former client'));
    onProgress?.(total, total);
    return { jobs, active: doc.jobs.length, archived, problems };
  }

  private activeView(job: Job, clientName: string): ReportJob {
    const hit = this.activeViews.get(job);
    if (hit && hit.clientName === clientName) return hit.view;
    const view = toReportJob(job, clientName, false);
    this.activeViews.set(job, { clientName, view });
    return view;
  }

  /** `shared`: the storage's stamps where other desks write too; month files have one writer, and their size and time say whether they changed. */
  private async stampOf(month: string, shared: ReadonlyMap<string, string> | null): Promise<string> {
    if (shared) return shared.get(month) ?? 'missing';
    try {
      const s = await this.fs.stat(this.files.pathOf(month));
      return `${s.size}:${s.mtimeMs}`;
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return 'missing';
      throw error;
    }
  }

  private async month(month: string, shared: ReadonlyMap<string, string> | null): Promise<MonthCache> {
    const stamp = await this.stampOf(month, shared);
    const hit = this.months.get(month);
    if (hit && hit.stamp === stamp) return hit;
    const read = await this.files.read(month, false);
    let entry: MonthCache;
    if (!read.ok) {
      entry = { stamp, jobs: [], problem: { month, reason: read.reason } };
    } else {
      const jobs: ReportJob[] = [];
      let damaged = 0;
      for (const raw of read.file.entries) {
        const job = archivedJob(raw);
        if (job) jobs.push(toReportJob(job, raw.clientName, true));
        else damaged += 1;
      }
      entry = { stamp, jobs, problem: damaged > 0 ? { month, reason: `${damaged} archived job(s) are damaged and left out` } : null };
    }
    this.months.set(month, entry);
    return entry;
  }
}
