/** The technicians the board has rows for: create, edit (including deactivate) and delete. */
import type { ParsedInput } from '../../../../shared/ipc/contract';
import { isOpenStatus } from '../../../../shared/domain/status';
import { TechnicianSchema } from '../../../../shared/schemas/technician';
import type { Technician } from '../../../../shared/schemas/technician';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { conflict, listSome, parseRecord } from '../errors';
import { byKeys, findRecord, mergeRecord } from '../records';

export type TechniciansService = ReturnType<typeof createTechniciansService>;

export function createTechniciansService(ctx: ServiceContext) {
  const announce = (_: unknown, revision: number) => ctx.events.publish('technicians:changed', { revision });

  return {
    /** Every technician, active or not, by name. */
    list(): Technician[] {
      return [...ctx.store.read().technicians].sort(byKeys((t) => t.name));
    },

    create(input: ParsedInput<'technicians:create'>): Promise<Technician> {
      const technician = parseRecord(TechnicianSchema, { ...input, id: ctx.newId() }, 'technician');
      return commit(
        ctx,
        (doc) => {
          doc.technicians.push(technician);
          return technician;
        },
        announce,
      );
    },

    /** Apply a patch and re-validate the whole record (BAD_INPUT); set `active: false` to retire someone. */
    async update(input: ParsedInput<'technicians:update'>): Promise<Technician> {
      const { record } = findRecord(ctx.store.read().technicians, input.id, 'technician');
      if (mergeRecord(TechnicianSchema, record, input.patch, 'technician') === null) return record;
      return commit(
        ctx,
        (doc) => {
          const { record: current, index } = findRecord(doc.technicians, input.id, 'technician');
          const updated = mergeRecord(TechnicianSchema, current, input.patch, 'technician') ?? current;
          doc.technicians[index] = updated;
          return updated;
        },
        announce,
      );
    },

    /**
     * Delete a technician nobody's job refers to. CONFLICT while they have open jobs on the board,
     * and also when finished jobs name them (those keep their history): deactivate instead.
     */
    delete(input: { id: string }): Promise<{ id: string }> {
      return commit(
        ctx,
        (doc) => {
          const { record, index } = findRecord(doc.technicians, input.id, 'technician');
          const jobs = doc.jobs.filter((j) => j.assignment?.technicianId === record.id);
          const open = jobs.filter((j) => isOpenStatus(j.status));
          if (open.length > 0) {
            const count = open.length === 1 ? '1 open job' : `${open.length} open jobs`;
            throw conflict(
              `${record.name} still has ${count} on the board (${listSome(open.map((j) => j.number))}). ` +
                `Move or unassign them first, or mark ${record.name} inactive instead.`,
              { jobIds: open.map((j) => j.id) },
            );
          }
          if (jobs.length > 0) {
            throw conflict(
              `${record.name} appears on ${jobs.length === 1 ? '1 finished job' : `${jobs.length} finished jobs`}, ` +
                `which keep their history. Mark ${record.name} inactive instead of deleting.`,
              { jobIds: jobs.map((j) => j.id) },
            );
          }
          doc.technicians.splice(index, 1);
          // Print records must not name a deleted technician (the document would no longer validate).
          doc.printRecords = doc.printRecords.filter((r) => r.technicianId !== record.id);
          // Nor may a calendar feed; a deleted technician's feed link stops working with them.
          doc.calendarFeeds = doc.calendarFeeds.filter((f) => f.technicianId !== record.id);
          // A plan that preferred them goes to whoever suits (its zone, if any), rather than naming
          // nobody and refusing its next edit.
          const at = ctx.clock.now().toISOString();
          doc.maintenancePlans.forEach((plan, i) => {
            if (plan.preferredTechnicianId === record.id) doc.maintenancePlans[i] = { ...plan, preferredTechnicianId: null, updatedAt: at };
          });
          return { id: record.id };
        },
        announce,
      );
    },
  };
}
