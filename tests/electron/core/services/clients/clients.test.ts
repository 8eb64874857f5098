import { makeContract } from '../../../../support/factories';
import { describe, expect, it } from 'vitest';
import { createHarness, jobInput } from '../../support/harness';

describe('clients', () => {
  it('lists the directory sorted by name with the current revision', async () => {
    const h = createHarness();
    await h.value('clients:create', { name: 'Abbey Vets', contract: { type: 'time-and-materials', hourlyRateMinor: 8000 }, slaTier: 'standard' });
    const dir = await h.value('clients:list', {});
    expect(dir.clients.map((c) => c.name)).toEqual(['Abbey Vets', 'Harbour Dental Practice', 'Whitfield & Crane Solicitors']);
    expect(dir.sites).toHaveLength(2);
    expect(dir.contacts).toHaveLength(2);
    expect(dir.revision).toBe(1);
  });

  it('creates a client with an id and publishes clients:changed', async () => {
    const h = createHarness();
    const client = await h.value('clients:create', { name: 'Abbey Vets', contract: { type: 'time-and-materials', hourlyRateMinor: 8000 }, slaTier: 'standard' });
    expect(client).toEqual({ id: 'new-1', name: 'Abbey Vets', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 8000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' });
    expect(h.events).toEqual([{ name: 'clients:changed', payload: { revision: 1 }, commitsAtPublish: 1 }]);
  });

  it('refuses an unknown SLA tier with BAD_INPUT on slaTier, on create and on update', async () => {
    const h = createHarness();
    const create = await h.refused(() =>
      h.error('clients:create', { name: 'Abbey Vets', contract: { type: 'time-and-materials', hourlyRateMinor: 8000 }, slaTier: 'gold' }),
    );
    expect(create).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'slaTier' }] });
    expect(create.message).toContain('Standard (business hours)');
    expect((await h.refused(() => h.error('clients:update', { id: 'c1', patch: { slaTier: 'gold' } }))).code).toBe('BAD_INPUT');
  });

  it('updates with a patch and keeps the other fields', async () => {
    const h = createHarness();
    const updated = await h.value('clients:update', { id: 'c1', patch: { contract: makeContract({ hourlyRateMinor: 9900 }), slaTier: 'priority' } });
    expect(updated).toMatchObject({ id: 'c1', name: 'Harbour Dental Practice', slaTier: 'priority', contract: { hourlyRateMinor: 9900 } });
    expect((await h.refused(() => h.error('clients:update', { id: 'nope', patch: { environmentNotes: 'x' } }))).code).toBe('NOT_FOUND');
  });

  it('refuses to delete a client with jobs, naming them', async () => {
    const h = createHarness();
    await h.value('jobs:create', jobInput());
    const err = await h.refused(() => h.error('clients:delete', { id: 'c1' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe('Harbour Dental Practice has 1 job (J-1001), which keep their history, so the client cannot be deleted.');
  });

  it('refuses to delete a client that still has sites or contacts, then deletes it once they are gone', async () => {
    const h = createHarness();
    const err = await h.refused(() => h.error('clients:delete', { id: 'c2' }));
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'Whitfield & Crane Solicitors still has 1 site and 1 contact; delete those first.' });
    await h.value('sites:delete', { id: 's2' });
    await h.value('contacts:delete', { id: 'p2' });
    expect(await h.value('clients:delete', { id: 'c2' })).toEqual({ id: 'c2' });
    expect(h.doc().clients.map((c) => c.id)).toEqual(['c1']);
    expect((await h.refused(() => h.error('clients:delete', { id: 'c2' }))).code).toBe('NOT_FOUND');
  });
});

describe('sites and contacts', () => {
  it('creates a site for an existing client, and refuses an unknown client with NOT_FOUND', async () => {
    const h = createHarness();
    const site = await h.value('sites:create', { clientId: 'c1', name: 'Northgate branch', zone: 'North' });
    expect(site).toEqual({ id: 'new-1', clientId: 'c1', name: 'Northgate branch', address: '', zone: 'North', accessNotes: '' });
    expect(h.events.at(-1)?.name).toBe('clients:changed');
    expect((await h.refused(() => h.error('sites:create', { clientId: 'nope', name: 'X' }))).code).toBe('NOT_FOUND');
  });

  it('updates a site and a contact with a patch', async () => {
    const h = createHarness();
    expect(await h.value('sites:update', { id: 's1', patch: { accessNotes: 'Side door' } })).toMatchObject({ name: 'Main surgery', accessNotes: 'Side door' });
    expect(await h.value('contacts:update', { id: 'p1', patch: { phone: '01632 960999' } })).toMatchObject({ name: 'Megan Doyle', phone: '01632 960999' });
    const bad = await h.refused(() => h.error('contacts:update', { id: 'p1', patch: { email: 'not-an-email' } }));
    expect(bad.code).toBe('BAD_INPUT');
  });

  it('creates a contact and refuses an unknown client', async () => {
    const h = createHarness();
    const contact = await h.value('contacts:create', { clientId: 'c2', name: 'Helen Crane', email: 'h.crane@whitfieldcrane.example' });
    expect(contact).toMatchObject({ id: 'new-1', clientId: 'c2', phone: '' });
    expect((await h.refused(() => h.error('contacts:create', { clientId: 'nope', name: 'X' }))).code).toBe('NOT_FOUND');
  });

  it('refuses to delete a site or contact a job names', async () => {
    const h = createHarness();
    await h.value('jobs:create', jobInput());
    const site = await h.refused(() => h.error('sites:delete', { id: 's1' }));
    expect(site).toMatchObject({ code: 'CONFLICT', message: 'The site "Main surgery" is named on 1 job (J-1001), so it cannot be deleted. Change those jobs first.' });
    expect((await h.refused(() => h.error('contacts:delete', { id: 'p1' }))).code).toBe('CONFLICT');
    expect((await h.refused(() => h.error('sites:delete', { id: 'nope' }))).code).toBe('NOT_FOUND');
    expect((await h.refused(() => h.error('contacts:delete', { id: 'nope' }))).code).toBe('NOT_FOUND');
  });
});
