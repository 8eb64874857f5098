import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/ipc/contract';
import { validateDocument } from '../../../../../shared/schemas/document';
import { makeMaintenancePlan } from '../../../../support/factories';
import { createHarness, fixtureDocument, jobInput } from '../../support/harness';

const newTech: Input<'technicians:create'> = {
  name: 'Ravi Kumar',
  skills: ['Networking', 'voip'],
  colour: '#00695c',
  workingHours: [{ days: [1, 2, 3, 4, 5], start: '07:00', end: '15:30' }],
  dailyCapacityHours: 8,
};

describe('technicians', () => {
  it('lists everyone by name, inactive included', async () => {
    const h = createHarness();
    expect((await h.value('technicians:list', {})).map((t) => t.name)).toEqual(['Alex Chen', 'Sam Okoro', 'Zoe Inactive']);
  });

  it('creates with a new id and schema defaults, then publishes technicians:changed', async () => {
    const h = createHarness();
    const tech = await h.value('technicians:create', newTech);
    expect(tech).toMatchObject({ id: 'new-1', name: 'Ravi Kumar', skills: ['networking', 'voip'], zone: '', timeOff: [], active: true });
    expect(h.doc().technicians.at(-1)).toEqual(tech);
    expect(h.events).toEqual([{ name: 'technicians:changed', payload: { revision: 1 }, commitsAtPublish: 1 }]);
  });

  it('updates with a patch, e.g. to deactivate', async () => {
    const h = createHarness();
    const updated = await h.value('technicians:update', { id: 't1', patch: { active: false, zone: 'East' } });
    expect(updated).toMatchObject({ id: 't1', name: 'Alex Chen', active: false, zone: 'East' });
    expect(h.doc().technicians[0]).toEqual(updated);
    expect(h.events.at(-1)?.name).toBe('technicians:changed');
  });

  it('refuses a bad patch with BAD_INPUT listing the field, and an unknown id with NOT_FOUND', async () => {
    const h = createHarness();
    const bad = await h.refused(() => h.error('technicians:update', { id: 't1', patch: { colour: 'red' } }));
    expect(bad.code).toBe('BAD_INPUT');
    expect(bad.message).toContain('patch.colour');
    expect((await h.refused(() => h.error('technicians:update', { id: 'nope', patch: { name: 'X' } }))).code).toBe('NOT_FOUND');
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const h = createHarness();
    await h.unchanged(() => h.value('technicians:update', { id: 't1', patch: { name: 'Alex Chen' } }));
  });

  it('deletes a technician no job refers to', async () => {
    const h = createHarness();
    expect(await h.value('technicians:delete', { id: 't2' })).toEqual({ id: 't2' });
    expect(h.doc().technicians.map((t) => t.id)).toEqual(['t1', 't3']);
    expect(h.events.at(-1)?.name).toBe('technicians:changed');
  });

  it("deleting a technician drops them as a maintenance plan's preferred technician, so the plan can still be edited", async () => {
    const doc = fixtureDocument();
    doc.maintenancePlans = [makeMaintenancePlan({ clientId: 'c1', preferredTechnicianId: 't2' })];
    const h = createHarness({ doc });
    await h.value('technicians:delete', { id: 't2' });
    expect(h.doc().maintenancePlans[0]?.preferredTechnicianId).toBeNull();
    expect(validateDocument(h.doc()).ok).toBe(true);
  });

  it('refuses to delete a technician with open jobs on the board (CONFLICT, suggests deactivating)', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: '2026-11-25T11:00:00.000Z' });
    const err = await h.refused(() => h.error('technicians:delete', { id: 't1' }));
    expect(err).toMatchObject({ code: 'CONFLICT', details: { jobIds: [job.id] } });
    expect(err.message).toBe(
      'Alex Chen still has 1 open job on the board (J-1001). Move or unassign them first, or mark Alex Chen inactive instead.',
    );
  });

  it('refuses to delete a technician named on finished jobs, which keep their history', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: '2026-11-25T08:00:00.000Z' });
    for (const status of ['dispatched', 'en-route', 'on-site', 'done'] as const) await h.value('jobs:status', { id: job.id, status });
    const err = await h.refused(() => h.error('technicians:delete', { id: 't1' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/1 finished job.*inactive/);
  });

  it('refuses to delete an unknown technician with NOT_FOUND', async () => {
    const h = createHarness();
    expect((await h.refused(() => h.error('technicians:delete', { id: 'nope' }))).code).toBe('NOT_FOUND');
  });
});
