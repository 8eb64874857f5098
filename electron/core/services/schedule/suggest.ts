/** Where to book a job: the assign dialog's ranked slot suggestions, read from the store. */
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { SuggestionList } from '../../../../shared/ipc/outputs';
import { suggestSlots } from '../../../../shared/domain/suggest';
import type { ServiceContext } from '../context';
import { findJob } from '../jobs/job-records';

export type SuggestService = ReturnType<typeof createSuggestService>;

export function createSuggestService(ctx: ServiceContext) {
  return {
    /**
     * The best technicians and their earliest clean slot for `jobId`, from now, on the shop's slot
     * grid. Read-only: nothing is booked until the dispatcher confirms with `schedule:assign`.
     * NOT_FOUND for an unknown job; a done or cancelled job gets an empty list with the reason.
     */
    slots(input: ParsedInput<'schedule:suggest'>): SuggestionList {
      const doc = ctx.store.read();
      const { job } = findJob(doc, input.jobId);
      const site = job.siteId ? doc.sites.find((s) => s.id === job.siteId) : undefined;
      return suggestSlots({
        job,
        technicians: doc.technicians,
        jobs: doc.jobs,
        siteZone: site?.zone ?? '',
        now: ctx.clock.now(),
        timeZone: doc.settings.timeZone,
        slotMinutes: doc.settings.slotMinutes,
        days: input.days,
        limit: input.limit,
        preferredTechnicianId: job.maintenance ? (doc.maintenancePlans.find((pl) => pl.id === job.maintenance?.planId)?.preferredTechnicianId ?? null) : null,
      });
    },
  };
}
