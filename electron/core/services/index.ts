/** All services of the core, built from one context. */
import type { AppInfo } from '../../../shared/ipc/outputs';
import { createAlertsService } from './alerts/alerts';
import type { FileSystem } from '../store/file-system';
import { createArchiveService } from './archive/archive';
import type { ArchiveStorage } from '../archive/archive-files'; // finished work moves to monthly files
import { createBoardService } from './schedule/board';
import { createClientPartsService } from './clients/client-parts';
import { createClientsService } from './clients/clients';
import type { ServiceContext } from './context';
import { createDataService } from './data/data';
import { createJobsService } from './jobs/jobs';
import { createIntakeService } from './intake/intake';
import { createSlaService } from './settings/sla-policies';
import { createScheduleService } from './schedule/schedule';
import { createSuggestService } from './schedule/suggest';
import { createPlannerService } from './planner/planner';
import { documentPlanEngine } from './planner/document-engine';
import type { PlanEngine } from './planner/engine';
import { createSettingsService } from './settings/settings';
import { createTechniciansService } from './technicians/technicians';
import { createImportService } from './import/import';
import { noSecretStore } from '../ports';
import { createMessagesService } from './messages/messages';
import type { SmtpTimeouts } from './messages/smtp';
import { createPartsService } from './visits/parts';
import { createVisitsService } from './visits/visits';
import type { AlertSink, FileSaver, Printer, ReportWindows, SecretStore } from '../ports';
import { createCalendarService } from './calendar/calendar';
import { createHolidaysService } from './holidays/holidays';
import type { FeedServer } from '../../../shared/calendar/types';
import { createMaintenanceService } from './maintenance/maintenance';
import { createBillingService } from './billing/billing';
import { createReportsService } from './reports/reports';
import { browserOnlyPrinter, createRunSheetsService } from './run-sheets/run-sheets';
import { createReportPagesService } from './report-pages/report-pages';
import { createDatabaseService } from './database/database-settings';
import type { DatabaseServiceOptions } from './database/database-settings';

export type ServicesOptions = {
  app: AppInfo;
  /** Seed for the sample shop; the default gives the same shop every time. */
  sampleSeed?: number;
  /** Prints run sheets natively (Electron); the default refuses so the browser prints. */
  printer?: Printer;
  /** Shows urgent alerts outside the page (Electron: OS notification, tray); default none. */
  alertSink?: AlertSink;
  /** File operations for the archive folder; default the real file system (as the store's). */
  fs?: FileSystem;
  /** Where archived jobs live when not in month files (the shared database); default the archive folder. */
  archive?: ArchiveStorage;
  /** Where the SMTP password is kept (Electron: safeStorage; headless: a 0600 file); default none. */
  secrets?: SecretStore;
  /** SMTP timeouts (tests shorten them). */
  smtpTimeouts?: SmtpTimeouts;
  /** Where calendar feeds are served now; default: nowhere. */
  feedServer?: () => FeedServer;
  /** Saves calendar exports through a dialog (Electron); default: handed back for a browser download. */
  saver?: FileSaver;
  /** The planner behind `planner:propose`; default the shared planner on the document. */
  planEngine?: PlanEngine;
  /** How long a plan's search may run (tests shorten it); default PLAN_BUDGET_MS. */
  planBudgetMs?: number;
  /** Opens the Reports window (Electron); default none, so the browser shows the route. */
  reportWindows?: ReportWindows;
  /** What the running console keeps the shop in and how to read all of it (shared-database settings, export). */
  database?: Pick<DatabaseServiceOptions, 'running' | 'readShop'>;
};

export type Services = ReturnType<typeof createServices>;

export function createServices(ctx: ServiceContext, opts: ServicesOptions) {
  // Calendar exports read finished jobs from the archive too.
  const archive = createArchiveService(ctx, { dataDir: opts.app.dataDir, ...(opts.fs ? { fs: opts.fs } : {}), ...(opts.archive ? { storage: opts.archive } : {}) });
  return {
    app: { info: (): AppInfo => ({ ...opts.app }) },
    sla: createSlaService(ctx), // SLA tiers, editable
    intake: createIntakeService(ctx),
    board: createBoardService(ctx),
    jobs: createJobsService(ctx),
    schedule: createScheduleService(ctx),
    suggest: createSuggestService(ctx),
    planner: createPlannerService(ctx, opts.planEngine ?? documentPlanEngine, opts.planBudgetMs === undefined ? {} : { budgetMs: opts.planBudgetMs }),
    technicians: createTechniciansService(ctx),
    clients: createClientsService(ctx),
    clientParts: createClientPartsService(ctx),
    settings: createSettingsService(ctx),
    runSheets: createRunSheetsService(ctx, opts.printer ?? browserOnlyPrinter),
    data: createDataService(ctx, opts.sampleSeed === undefined ? {} : { sampleSeed: opts.sampleSeed }),
    archive, // finished work moves to monthly files
    alerts: createAlertsService(ctx, opts.alertSink ? { sink: opts.alertSink } : {}),
    imports: createImportService(ctx),
    messages: createMessagesService(ctx, { secrets: opts.secrets ?? noSecretStore, ...(opts.smtpTimeouts ? { timeouts: opts.smtpTimeouts } : {}) }),
    visits: createVisitsService(ctx),
    parts: createPartsService(ctx),
    calendar: createCalendarService(ctx, {
      ...(opts.feedServer ? { feedServer: opts.feedServer } : {}),
      ...(opts.saver ? { saver: opts.saver } : {}),
      archivedJobs: (months) => archive.finishedIn(months),
    }),
    holidays: createHolidaysService(),
    maintenance: createMaintenanceService(ctx), // recurring maintenance plans and their jobs
    billing: createBillingService(ctx, opts.printer ?? browserOnlyPrinter),
    // Read-only figures over the active file and the archives.
    reports: createReportsService(ctx, { dataDir: opts.app.dataDir, ...(opts.fs ? { fs: opts.fs } : {}), ...(opts.archive ? { archive: opts.archive } : {}) }),
    reportPages: createReportPagesService(ctx, { printer: opts.printer ?? browserOnlyPrinter, ...(opts.reportWindows ? { windows: opts.reportWindows } : {}) }),
    database: createDatabaseService(ctx, {
      dataDir: opts.app.dataDir,
      running: opts.database?.running ?? { kind: 'file', where: `the data file in ${opts.app.dataDir}`, desk: '' },
      ...(opts.database?.readShop ? { readShop: opts.database.readShop } : {}),
      ...(opts.secrets ? { secrets: opts.secrets } : {}),
    }),
  };
}
