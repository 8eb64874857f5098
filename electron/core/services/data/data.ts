/** The data folder as a whole: its status, backups and restore, and the sample shop. */
import type { BackupInfo, DataStatus, SampleLoadResult } from '../../../../shared/ipc/outputs';
import { buildSampleShop, DEFAULT_SAMPLE_SEED } from '../../sample/build-sample';
import { BackupRestoreError } from '../../store/errors';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { dataStatus, isEmptyDocument } from './data-status';
import { conflict, notFound } from '../errors';

export type DataService = ReturnType<typeof createDataService>;

const NOT_EMPTY =
  'The sample shop can only be loaded into an empty data file, and this one already has clients, technicians or jobs.';

export function createDataService(ctx: ServiceContext, opts: { sampleSeed?: number } = {}) {
  /** Tell every view to refetch everything, with a fresh revision. */
  function announceReset(revision: number): DataStatus {
    const status = { ...dataStatus(ctx), revision };
    ctx.events.publish('data:reset', status);
    return status;
  }

  return {
    /** Store health (recovery, last write error) plus `empty`, `sampleOffered` and the revision. */
    status(): DataStatus {
      return dataStatus(ctx);
    },

    /** Newest first. */
    listBackups(): Promise<BackupInfo[]> {
      return ctx.store.listBackups();
    },

    createBackup(): Promise<BackupInfo> {
      return ctx.store.createBackup('manual');
    },

    /**
     * Replace the data with a backup (the store first takes a `pre-restore` backup), then publish
     * `data:reset`. NOT_FOUND for a name that is not listed, CONFLICT for a backup that cannot be
     * used (unreadable, invalid, from a newer version); either way nothing changes.
     */
    async restoreBackup(input: { name: string }): Promise<DataStatus> {
      const known = await ctx.store.listBackups();
      if (!known.some((b) => b.name === input.name)) throw notFound(`There is no backup called "${input.name}".`);
      try {
        await ctx.store.restoreBackup(input.name);
      } catch (error) {
        if (error instanceof BackupRestoreError) throw conflict(error.message);
        throw error;
      }
      return announceReset(ctx.revision.next());
    },

    /**
     * Fill an empty data file with the sample shop, relative to now and the shop's time zone, and
     * mark the offer as answered. CONFLICT when the file already holds data.
     */
    async loadSample(): Promise<SampleLoadResult> {
      const before = ctx.store.read();
      if (!isEmptyDocument(before)) throw conflict(NOT_EMPTY);
      // Built outside the mutation (it is the slow part); the mutation only swaps it in.
      const sample = buildSampleShop({
        base: before,
        now: ctx.clock.now(),
        seed: opts.sampleSeed ?? DEFAULT_SAMPLE_SEED,
      });
      return commit(
        ctx,
        (doc) => {
          if (!isEmptyDocument(doc)) throw conflict(NOT_EMPTY);
          doc.clients = sample.clients;
          doc.sites = sample.sites;
          doc.contacts = sample.contacts;
          doc.technicians = sample.technicians;
          doc.jobs = sample.jobs;
          doc.parts = sample.parts;
          doc.maintenancePlans = sample.maintenancePlans;
          doc.billingBatches = sample.billingBatches;
          doc.nextBatchNumber = sample.nextBatchNumber;
          doc.nextJobNumber = Math.max(doc.nextJobNumber, sample.nextJobNumber);
          doc.settings = { ...doc.settings, sampleOffered: true };
          return { clients: sample.clients.length, technicians: sample.technicians.length, jobs: sample.jobs.length };
        },
        (_, revision) => announceReset(revision),
      );
    },
  };
}
