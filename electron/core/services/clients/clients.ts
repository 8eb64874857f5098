/** Clients (with their SLA tier) and the directory the client pages and job form read. */
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { Directory } from '../../../../shared/ipc/outputs';
import { ClientSchema } from '../../../../shared/schemas/client';
import type { Client } from '../../../../shared/schemas/client';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { badInput, conflict, listSome, parseRecord } from '../errors';
import { byKeys, findRecord, mergeRecord } from '../records';

export type ClientsService = ReturnType<typeof createClientsService>;

/** BAD_INPUT on `slaTier` unless it names one of the shop's SLA policies. */
export function assertSlaTier(doc: DispatchDocument, tier: string): void {
  if (doc.slaPolicies.some((p) => p.id === tier)) return;
  const known = doc.slaPolicies.map((p) => p.name).join(', ');
  throw badInput(`Unknown SLA tier "${tier}". Pick one of: ${known}.`, [{ path: 'slaTier', message: 'unknown SLA tier' }]);
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : one.endsWith('h') ? 'es' : 's'}`;

export function createClientsService(ctx: ServiceContext) {
  const announce = (_: unknown, revision: number) => ctx.events.publish('clients:changed', { revision });

  return {
    /** Clients by name, with all sites and contacts. */
    directory(): Directory {
      const doc = ctx.store.read();
      return {
        clients: [...doc.clients].sort(byKeys((c) => c.name)),
        sites: [...doc.sites].sort(byKeys((s) => s.name)),
        contacts: [...doc.contacts].sort(byKeys((c) => c.name)),
        revision: ctx.revision.current(),
      };
    },

    /** BAD_INPUT for an unknown SLA tier. */
    create(input: ParsedInput<'clients:create'>): Promise<Client> {
      const client = parseRecord(ClientSchema, { ...input, id: ctx.newId() }, 'client');
      return commit(
        ctx,
        (doc) => {
          assertSlaTier(doc, client.slaTier);
          doc.clients.push(client);
          return client;
        },
        announce,
      );
    },

    /**
     * Apply a patch, re-validated as a whole. A new SLA tier applies to jobs created from now on;
     * due times already promised on existing jobs stay as they are.
     */
    async update(input: ParsedInput<'clients:update'>): Promise<Client> {
      const { record } = findRecord(ctx.store.read().clients, input.id, 'client');
      if (mergeRecord(ClientSchema, record, input.patch, 'client') === null) return record;
      return commit(
        ctx,
        (doc) => {
          const { record: current, index } = findRecord(doc.clients, input.id, 'client');
          const updated = mergeRecord(ClientSchema, current, input.patch, 'client') ?? current;
          if (input.patch.slaTier !== undefined) assertSlaTier(doc, updated.slaTier);
          doc.clients[index] = updated;
          return updated;
        },
        announce,
      );
    },

    /** CONFLICT while the client has jobs (they keep their history), maintenance plans, sites or contacts. */
    delete(input: { id: string }): Promise<{ id: string }> {
      return commit(
        ctx,
        (doc) => {
          const { record, index } = findRecord(doc.clients, input.id, 'client');
          const jobs = doc.jobs.filter((j) => j.clientId === record.id);
          if (jobs.length > 0) {
            throw conflict(
              `${record.name} has ${plural(jobs.length, 'job')} (${listSome(jobs.map((j) => j.number))}), ` +
                'which keep their history, so the client cannot be deleted.',
              { jobIds: jobs.map((j) => j.id) },
            );
          }
          const plans = doc.maintenancePlans.filter((p) => p.clientId === record.id).length;
          if (plans > 0) throw conflict(`${record.name} has ${plural(plans, 'maintenance plan')}; delete those first.`);
          const batches = doc.billingBatches.filter((b) => b.clientId === record.id).length;
          if (batches > 0) throw conflict(`${record.name} has ${plural(batches, 'billing batch')}, which ${batches === 1 ? 'is' : 'are'} kept for the books, so the client cannot be deleted.`);
          const sites = doc.sites.filter((s) => s.clientId === record.id).length;
          const contacts = doc.contacts.filter((c) => c.clientId === record.id).length;
          if (sites + contacts > 0) {
            const parts = [sites > 0 ? plural(sites, 'site') : '', contacts > 0 ? plural(contacts, 'contact') : ''];
            throw conflict(`${record.name} still has ${parts.filter(Boolean).join(' and ')}; delete those first.`);
          }
          doc.clients.splice(index, 1);
          return { id: record.id };
        },
        announce,
      );
    },
  };
}
