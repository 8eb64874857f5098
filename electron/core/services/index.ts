/** All services of the core, built from one context. */
import type { AppInfo } from '../../../shared/ipc/outputs';
import { createAlertsService } from './alerts'; // urgent alerts (issue #4B)
import type { FileSystem } from '../store/file-system';
import { createArchiveService } from './archive'; // finished work moves to monthly files
import { createBoardService } from './board';
import { createClientPartsService } from './client-parts';
import { createClientsService } from './clients';
import type { ServiceContext } from './context';
import { createDataService } from './data';
import { createJobsService } from './jobs';
import { createIntakeService } from './intake'; // issue #4A
import { createSlaService } from './sla-policies'; // issue #4A
import { createScheduleService } from './schedule';
import { createSuggestService } from './suggest'; // issue #3 part B
import { createSettingsService } from './settings';
import { createTechniciansService } from './technicians';
import { createImportService } from './import'; // CSV import (issue #4C)
import type { AlertSink, Printer } from '../ports';
import { browserOnlyPrinter, createRunSheetsService } from './run-sheets'; // issue #5

export type ServicesOptions = {
  app: AppInfo;
  /** Seed for the sample shop; the default gives the same shop every time. */
  sampleSeed?: number;
  /** Prints run sheets natively (Electron); the default refuses so the browser prints (issue #5). */
  printer?: Printer;
  /** Shows urgent alerts outside the page (Electron: OS notification, tray); default none (issue #4B). */
  alertSink?: AlertSink;
  /** File operations for the archive folder; default the real file system (as the store's). */
  fs?: FileSystem;
};

export type Services = ReturnType<typeof createServices>;

export function createServices(ctx: ServiceContext, opts: ServicesOptions) {
  return {
    app: { info: (): AppInfo => ({ ...opts.app }) },
    sla: createSlaService(ctx), // SLA tiers, editable (issue #4A)
    intake: createIntakeService(ctx), // intake API (issue #4A)
    board: createBoardService(ctx),
    jobs: createJobsService(ctx),
    schedule: createScheduleService(ctx),
    suggest: createSuggestService(ctx), // issue #3 part B
    technicians: createTechniciansService(ctx),
    clients: createClientsService(ctx),
    clientParts: createClientPartsService(ctx),
    settings: createSettingsService(ctx),
    runSheets: createRunSheetsService(ctx, opts.printer ?? browserOnlyPrinter), // issue #5
    data: createDataService(ctx, opts.sampleSeed === undefined ? {} : { sampleSeed: opts.sampleSeed }),
    archive: createArchiveService(ctx, { dataDir: opts.app.dataDir, ...(opts.fs ? { fs: opts.fs } : {}) }), // finished work moves to monthly files
    alerts: createAlertsService(ctx, opts.alertSink ? { sink: opts.alertSink } : {}), // urgent alerts (issue #4B)
    imports: createImportService(ctx), // CSV import (issue #4C)
  };
}
