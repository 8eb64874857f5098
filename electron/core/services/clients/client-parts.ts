/** A client's sites (where the work happens) and contacts (who called). */
import type { ParsedInput } from '../../../../shared/ipc/contract';
import { ContactSchema, SiteSchema } from '../../../../shared/schemas/client';
import type { Contact, Site } from '../../../../shared/schemas/client';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { conflict, listSome, parseRecord } from '../errors';
import { findRecord, mergeRecord } from '../records';

export type ClientPartsService = ReturnType<typeof createClientPartsService>;

/** CONFLICT naming the jobs that still refer to a site or contact. */
function refuseIfUsed(doc: DispatchDocument, used: (jobSiteId: string | null, jobContactId: string | null) => boolean, name: string): void {
  const jobs = doc.jobs.filter((j) => used(j.siteId, j.contactId));
  if (jobs.length === 0) return;
  throw conflict(
    `${name} is named on ${jobs.length === 1 ? '1 job' : `${jobs.length} jobs`} (${listSome(jobs.map((j) => j.number))}), ` +
      'so it cannot be deleted. Change those jobs first.',
    { jobIds: jobs.map((j) => j.id) },
  );
}

export function createClientPartsService(ctx: ServiceContext) {
  const announce = (_: unknown, revision: number) => ctx.events.publish('clients:changed', { revision });

  return {
    /** NOT_FOUND when the client does not exist. */
    createSite(input: ParsedInput<'sites:create'>): Promise<Site> {
      const site = parseRecord(SiteSchema, { ...input, id: ctx.newId() }, 'site');
      return commit(
        ctx,
        (doc) => {
          findRecord(doc.clients, site.clientId, 'client');
          doc.sites.push(site);
          return site;
        },
        announce,
      );
    },

    async updateSite(input: ParsedInput<'sites:update'>): Promise<Site> {
      const { record } = findRecord(ctx.store.read().sites, input.id, 'site');
      if (mergeRecord(SiteSchema, record, input.patch, 'site') === null) return record;
      return commit(
        ctx,
        (doc) => {
          const { record: current, index } = findRecord(doc.sites, input.id, 'site');
          const updated = mergeRecord(SiteSchema, current, input.patch, 'site') ?? current;
          doc.sites[index] = updated;
          return updated;
        },
        announce,
      );
    },

    /** CONFLICT while any job names the site. */
    deleteSite(input: { id: string }): Promise<{ id: string }> {
      return commit(
        ctx,
        (doc) => {
          const { record, index } = findRecord(doc.sites, input.id, 'site');
          refuseIfUsed(doc, (siteId) => siteId === record.id, `The site "${record.name}"`);
          const plan = doc.maintenancePlans.find((p) => p.siteId === record.id);
          if (plan) throw conflict(`The site "${record.name}" has the maintenance plan "${plan.title}"; change or delete the plan first.`);
          doc.sites.splice(index, 1);
          return { id: record.id };
        },
        announce,
      );
    },

    /** NOT_FOUND when the client does not exist. */
    createContact(input: ParsedInput<'contacts:create'>): Promise<Contact> {
      const contact = parseRecord(ContactSchema, { ...input, id: ctx.newId() }, 'contact');
      return commit(
        ctx,
        (doc) => {
          findRecord(doc.clients, contact.clientId, 'client');
          doc.contacts.push(contact);
          return contact;
        },
        announce,
      );
    },

    async updateContact(input: ParsedInput<'contacts:update'>): Promise<Contact> {
      const { record } = findRecord(ctx.store.read().contacts, input.id, 'contact');
      if (mergeRecord(ContactSchema, record, input.patch, 'contact') === null) return record;
      return commit(
        ctx,
        (doc) => {
          const { record: current, index } = findRecord(doc.contacts, input.id, 'contact');
          const updated = mergeRecord(ContactSchema, current, input.patch, 'contact') ?? current;
          doc.contacts[index] = updated;
          return updated;
        },
        announce,
      );
    },

    /** CONFLICT while any job names the contact. */
    deleteContact(input: { id: string }): Promise<{ id: string }> {
      return commit(
        ctx,
        (doc) => {
          const { record, index } = findRecord(doc.contacts, input.id, 'contact');
          refuseIfUsed(doc, (_, contactId) => contactId === record.id, `The contact "${record.name}"`);
          doc.contacts.splice(index, 1);
          return { id: record.id };
        },
        announce,
      );
    },
  };
}
