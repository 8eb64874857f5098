/** All services of the core, built from one context. */
import type { AppInfo } from '../../../shared/ipc/outputs';
import type { SlaPolicy } from '../../../shared/schemas/sla';
import { createBoardService } from './board';
import { createClientPartsService } from './client-parts';
import { createClientsService } from './clients';
import type { ServiceContext } from './context';
import { createDataService } from './data';
import { createJobsService } from './jobs';
import { createScheduleService } from './schedule';
import { createSettingsService } from './settings';
import { createTechniciansService } from './technicians';

export type ServicesOptions = {
  app: AppInfo;
  /** Seed for the sample shop; the default gives the same shop every time. */
  sampleSeed?: number;
};

export type Services = ReturnType<typeof createServices>;

export function createServices(ctx: ServiceContext, opts: ServicesOptions) {
  return {
    app: { info: (): AppInfo => ({ ...opts.app }) },
    sla: { list: (): SlaPolicy[] => [...ctx.store.read().slaPolicies] },
    board: createBoardService(ctx),
    jobs: createJobsService(ctx),
    schedule: createScheduleService(ctx),
    technicians: createTechniciansService(ctx),
    clients: createClientsService(ctx),
    clientParts: createClientPartsService(ctx),
    settings: createSettingsService(ctx),
    data: createDataService(ctx, opts.sampleSeed === undefined ? {} : { sampleSeed: opts.sampleSeed }),
  };
}
