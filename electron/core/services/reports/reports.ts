/**
 * The reports: read-only figures over the active file and the monthly archives. Each call loads
 * the jobs it needs (archive months cached, see report-source.ts), sends `reports:progress` while it
 * reads months when the caller gave a `requestId`, and hands the jobs to the pure aggregation in
 * shared/reports. docs/reports.md defines every number.
 */
import { join } from 'node:path';
import { ArchiveFiles, type ArchiveStorage } from '../../archive/archive-files';
import { ARCHIVE_DIR } from '../../archive/archive-format';
import { nodeFileSystem, type FileSystem } from '../../store/file-system';
import type { ServiceContext } from '../context';
import { ReportSource, type LoadedJobs } from './report-source';
import { demandReport } from '../../../../shared/reports/demand';
import { slaReport } from '../../../../shared/reports/sla';
import { backlogReport } from '../../../../shared/reports/backlog';
import { techniciansReport } from '../../../../shared/reports/technicians';
import { balanceReport } from '../../../../shared/reports/balance';
import { repeatsReport } from '../../../../shared/reports/repeats';
import { incomeReport } from '../../../../shared/reports/income';
import { incomeContext, isBillable, rotasOf } from './report-context';
import { shopClock, type ShopClock, dayKeyOfNumber, dayNumberOf } from '../../../../shared/reports/shop-clock';
import type { ReportJob } from '../../../../shared/reports/report-job';
import type {
  BacklogReport,
  BalanceReport,
  DemandReport,
  IncomeReport,
  RepeatsReport,
  ReportMeta,
  ReportName,
  SlaReport,
  TechniciansReport,
} from '../../../../shared/reports/types';
import type { DemandReportInput, RepeatsReportInput, ReportRangeInput } from '../../../../shared/schemas/report-inputs';
import type { DispatchDocument } from '../../../../shared/schemas/document';

export type ReportsService = ReturnType<typeof createReportsService>;

export type ReportsServiceOptions = {
  dataDir: string;
  fs?: FileSystem;
  /** Where archived jobs live when not in the data folder's month files (the shared database). */
  archive?: ArchiveStorage;
};

/** What every report run starts from. */
export type ReportRun = { doc: DispatchDocument; clock: ShopClock; now: number; jobs: ReportJob[]; meta: ReportMeta };

/** Clocks by zone: a clock's cached offsets and midnights depend only on its zone. */
const clocks = new Map<string, ShopClock>();
function clockFor(timeZone: string): ShopClock {
  let clock = clocks.get(timeZone);
  if (!clock) clocks.set(timeZone, (clock = shopClock(timeZone)));
  return clock;
}

export function createReportsService(ctx: ServiceContext, opts: ReportsServiceOptions) {
  const fs = opts.fs ?? nodeFileSystem;
  const source = new ReportSource(opts.archive ?? new ArchiveFiles(join(opts.dataDir, ARCHIVE_DIR), fs), fs);

  /**
   * Load what `report` needs from `firstDay` (a shop day, possibly before the range: forecast
   * history) on, filtered by client.
   */
  async function start(report: ReportName, input: ReportRangeInput, firstDay: string = input.from): Promise<ReportRun> {
    const doc = ctx.store.read();
    const now = ctx.clock.now();
    const clock = clockFor(doc.settings.timeZone);
    // One day's margin: a month file is named by the shop month the job finished in.
    const fromMonth = dayKeyOfNumber(dayNumberOf(firstDay) - 1).slice(0, 7);
    const requestId = input.requestId;
    const loaded: LoadedJobs = await source.load(
      doc,
      fromMonth,
      requestId === undefined ? undefined : (done, total) => ctx.events.publish('reports:progress', { requestId, report, done, total }),
    );
    const clients = input.clientIds && input.clientIds.length > 0 ? new Set(input.clientIds) : null;
    const jobs = clients ? loaded.jobs.filter((j) => clients.has(j.clientId)) : loaded.jobs;
    const archived = jobs.reduce((n, j) => n + (j.archived ? 1 : 0), 0);
    return {
      doc,
      clock,
      now: now.getTime(),
      jobs,
      meta: {
        from: input.from,
        to: input.to,
        timeZone: doc.settings.timeZone,
        generatedAt: now.toISOString(),
        jobsRead: { active: jobs.length - archived, archived },
        problems: loaded.problems,
      },
    };
  }

  return {
    async demand(input: DemandReportInput): Promise<DemandReport> {
      const historyFirst = dayKeyOfNumber(Math.min(dayNumberOf(input.from), dayNumberOf(input.to) + 1 - 7 * input.forecastWeeks, dayNumberOf(input.to) - 27));
      const run = await start('demand', input, historyFirst);
      return { ...run.meta, ...demandReport(run.jobs, input, run.clock) };
    },

    async sla(input: ReportRangeInput): Promise<SlaReport> {
      const run = await start('sla', input);
      const tiers = new Map(run.doc.slaPolicies.map((p) => [p.id, p.name]));
      const tierOfClient = new Map(run.doc.clients.map((c) => [c.id, c.slaTier]));
      return {
        ...run.meta,
        ...slaReport(run.jobs, input, run.clock, run.now, {
          tierOf: (clientId) => {
            const id = tierOfClient.get(clientId);
            return id === undefined ? null : { id, name: tiers.get(id) ?? id };
          },
        }),
      };
    },

    async backlog(input: ReportRangeInput): Promise<BacklogReport> {
      const run = await start('backlog', input);
      return { ...run.meta, ...backlogReport(run.jobs, input, run.clock) };
    },

    async technicians(input: ReportRangeInput): Promise<TechniciansReport> {
      const run = await start('technicians', input);
      return { ...run.meta, ...techniciansReport(run.jobs, input, run.clock, { technicians: rotasOf(run.doc, input), isBillable: isBillable(run.doc) }) };
    },

    async balance(input: ReportRangeInput): Promise<BalanceReport> {
      const run = await start('balance', input);
      return {
        ...run.meta,
        ...balanceReport(run.jobs, input, run.clock, { technicians: rotasOf(run.doc, input), weeklyLimitMinutes: run.doc.settings.overtime.weeklyLimitMinutes }),
      };
    },

    async repeats(input: RepeatsReportInput): Promise<RepeatsReport> {
      const run = await start('repeats', input);
      const sites = new Map(run.doc.sites.map((s) => [s.id, s.name]));
      return { ...run.meta, ...repeatsReport(run.jobs, input, run.clock, { siteName: (id) => sites.get(id) ?? null, plans: run.doc.maintenancePlans }) };
    },

    /** Billing lives in the active file only (a job is archived once all its visits are billed), so no archive is read. */
    async income(input: ReportRangeInput): Promise<IncomeReport> {
      const doc = ctx.store.read();
      const now = ctx.clock.now();
      const clock = clockFor(doc.settings.timeZone);
      const clients = input.clientIds && input.clientIds.length > 0 ? new Set(input.clientIds) : null;
      const meta: ReportMeta = {
        from: input.from,
        to: input.to,
        timeZone: doc.settings.timeZone,
        generatedAt: now.toISOString(),
        jobsRead: { active: doc.jobs.length, archived: 0 },
        problems: [],
      };
      return { ...meta, ...incomeReport(input, clock, incomeContext(doc, input, clients)) };
    },
  };
}
