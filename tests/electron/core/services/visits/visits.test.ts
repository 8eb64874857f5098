import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/ipc/contract';
import type { Job } from '../../../../../shared/schemas/job';
import { validateDocument } from '../../../../../shared/schemas/document';
import { makeVisit } from '../../../../support/factories';
import { createHarness, jobInput } from '../../support/harness';
import type { Harness } from '../../support/harness';

const at = (hhmm: string) => `2026-11-25T${hhmm}:00.000Z`; // London is on UTC in November
type Entry = Input<'visits:save'>['entries'][number];
type VisitInput = Entry['visit'];

const visit = (overrides: Partial<VisitInput> = {}): VisitInput => ({
  technicianId: 't1',
  arrivedAt: at('11:05'),
  departedAt: at('12:20'),
  travelMinutes: 25,
  workDone: 'Replaced the PSU',
  parts: [{ partId: null, description: 'ATX power supply', quantity: 1, unitPriceMinor: 4999 }],
  signedBy: 'Megan Doyle',
  outcome: 'done',
  ...overrides,
});

/** Two jobs booked on Alex (t1) today, 11:00 and 14:00, a third on Sam; the clock then moves to 18:00. */
async function bookedDay(h: Harness): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const [title, tech, start] of [['Reception PC will not boot', 't1', '14:00'], ['Wi-Fi drops in the back office', 't1', '11:00'], ['Printer offline', 't2', '09:00']] as const) {
    const job = await h.value('jobs:create', jobInput({ title }));
    jobs.push((await h.value('schedule:assign', { jobId: job.id, technicianId: tech, start: at(start) })).job);
  }
  h.setNow(at('18:00'));
  return jobs;
}

const stored = (h: Harness, id: string): Job => h.doc().jobs.find((j) => j.id === id)!;

describe('visits:day', () => {
  it("lists the technician's jobs of the day in run-sheet order with the parts list", async () => {
    const h = createHarness();
    const [late, early] = await bookedDay(h);
    await h.value('parts:set', { parts: [{ name: 'Patch cable', unitPriceMinor: 350 }] });
    const day = await h.value('visits:day', { technicianId: 't1', day: '2026-11-25' });
    expect(day.jobs.map((j) => j.id)).toEqual([early!.id, late!.id]);
    expect(day.technician).toEqual({ id: 't1', name: 'Alex Chen' });
    expect(day.parts.map((p) => p.name)).toEqual(['Patch cable']);
    expect((await h.error('visits:day', { technicianId: 'nobody', day: '2026-11-25' })).code).toBe('NOT_FOUND');
  });
});

describe('visits:save', () => {
  it('records a done visit in one write: status done, responded at arrival, resolved at departure', async () => {
    const h = createHarness();
    const [, job] = await bookedDay(h);
    const commits = h.store.commits;
    const result = await h.value('visits:save', { entries: [{ jobId: job!.id, expectedRevision: job!.revision, visit: visit() }] });
    expect(h.store.commits).toBe(commits + 1);
    const saved = stored(h, job!.id);
    expect(result.jobs).toEqual([saved]);
    expect(saved).toMatchObject({ status: 'done', respondedAt: at('11:05'), resolvedAt: at('12:20'), revision: job!.revision + 1 });
    expect(saved.visits).toEqual([
      expect.objectContaining({ technicianId: 't1', arrivedAt: at('11:05'), departedAt: at('12:20'), travelMinutes: 25, signedBy: 'Megan Doyle', recordedAt: at('18:00'), billedBatchId: null }),
    ]);
    expect(saved.history.slice(-2).map((e) => e.detail)).toEqual([
      'Recorded visit of 2026-11-25 11:05–12:20 by Alex Chen: Done',
      'scheduled → done (closed out)',
    ]);
    const pushed = h.events.filter((e) => e.name === 'jobs:changed').at(-1)?.payload as { ids: string[] };
    expect(pushed.ids).toEqual([job!.id]);
    expect(validateDocument(h.doc()).ok).toBe(true);
  });

  it('keeps an earlier recorded response; a later correction never moves it later', async () => {
    const h = createHarness();
    const [, job] = await bookedDay(h);
    await h.value('jobs:respond', { id: job!.id, how: 'phone' }); // at 18:00, after the visit
    const saved = (await h.value('visits:save', { entries: [{ jobId: job!.id, visit: visit() }] })).jobs[0]!;
    expect(saved.respondedAt).toBe(at('11:05'));
    const corrected = (await h.value('visits:save', { entries: [{ jobId: job!.id, visit: visit({ visitId: saved.visits[0]!.id, arrivedAt: at('11:30') }) }] })).jobs[0]!;
    expect(corrected.visits).toHaveLength(1);
    expect(corrected.visits[0]!.arrivedAt).toBe(at('11:30'));
    expect(corrected.respondedAt).toBe(at('11:05'));
    expect(corrected.history.at(-1)?.detail).toBe('Corrected visit of 2026-11-25 11:30–12:20 by Alex Chen: Done');
  });

  it('waiting for parts puts the job on hold with the SLA clock running; waiting on the customer pauses it', async () => {
    const h = createHarness();
    const [late, early] = await bookedDay(h);
    await h.value('visits:save', {
      entries: [
        { jobId: early!.id, visit: visit({ outcome: 'waiting-parts' }) },
        { jobId: late!.id, visit: visit({ arrivedAt: at('14:10'), departedAt: at('15:00'), outcome: 'waiting-customer', holdReason: 'Customer to send the admin password' }) },
      ],
    });
    expect(stored(h, early!.id)).toMatchObject({ status: 'on-hold', statusReason: 'Waiting for parts', slaPausedSince: null, resolvedAt: null });
    // The customer has been keeping the job waiting since the technician left, not since the save.
    expect(stored(h, late!.id)).toMatchObject({ status: 'on-hold', statusReason: 'Customer to send the admin password', slaPausedSince: at('15:00') });
    expect(stored(h, early!.id).assignment).not.toBeNull();
  });

  it('a waiting-on-customer visit saved before the departure it records pauses the clock from the save', async () => {
    const h = createHarness();
    const [late] = await bookedDay(h);
    h.setNow(at('14:30'));
    await h.value('visits:save', { entries: [{ jobId: late!.id, visit: visit({ arrivedAt: at('14:10'), departedAt: at('15:00'), outcome: 'waiting-customer', holdReason: 'Customer away' }) }] });
    expect(stored(h, late!.id).slaPausedSince).toBe(at('14:30'));
  });

  it('another visit: the job is done and a linked follow-up for the same client, site and skills waits in the queue', async () => {
    const h = createHarness();
    const [, job] = await bookedDay(h);
    const next = h.doc().nextJobNumber;
    const result = await h.value('visits:save', { entries: [{ jobId: job!.id, visit: visit({ outcome: 'another-visit', workDone: 'Ordered a new switch' }) }] });
    const original = stored(h, job!.id);
    const followUp = result.followUps[0]!;
    expect(stored(h, followUp.id)).toEqual(followUp);
    expect(original).toMatchObject({ status: 'done', resolvedAt: null });
    expect(original.visits[0]!.followUpJobId).toBe(followUp.id);
    expect(followUp).toMatchObject({
      number: `J-${next}`,
      status: 'new',
      assignment: null,
      followUpOf: original.id,
      clientId: original.clientId,
      siteId: original.siteId,
      contactId: original.contactId,
      requiredSkills: original.requiredSkills,
      priority: original.priority,
      respondedAt: at('11:05'),
      resolutionDueAt: original.resolutionDueAt,
      title: `Follow-up to ${original.number}: Wi-Fi drops in the back office`,
      revision: 1,
    });
    expect(followUp.description).toContain('Done so far: Ordered a new switch');
    expect(h.doc().nextJobNumber).toBe(next + 1);
    const pushed = h.events.filter((e) => e.name === 'jobs:changed').at(-1)?.payload as { ids: string[] };
    expect(pushed.ids).toEqual([original.id, followUp.id]);
    // Saving the same visit again neither writes nor makes a second follow-up.
    await h.unchanged(() => h.value('visits:save', { entries: [{ jobId: job!.id, visit: visit({ visitId: original.visits[0]!.id, outcome: 'another-visit', workDone: 'Ordered a new switch' }) }] }));
    expect(validateDocument(h.doc()).ok).toBe(true);
  });

  it('two follow-ups in one save get two numbers', async () => {
    const h = createHarness();
    const [late, early] = await bookedDay(h);
    const result = await h.value('visits:save', {
      entries: [
        { jobId: early!.id, visit: visit({ outcome: 'another-visit' }) },
        { jobId: late!.id, visit: visit({ arrivedAt: at('14:00'), departedAt: at('15:00'), outcome: 'another-visit' }) },
      ],
    });
    const numbers = result.followUps.map((j) => j.number);
    expect(new Set(numbers).size).toBe(2);
    expect(validateDocument(h.doc()).ok).toBe(true);
  });

  it('a second visit on a job waiting for parts finishes it', async () => {
    const h = createHarness();
    const [, job] = await bookedDay(h);
    await h.value('visits:save', { entries: [{ jobId: job!.id, visit: visit({ outcome: 'waiting-parts' }) }] });
    const second = { arrivedAt: '2026-11-27T09:00:00.000Z', departedAt: '2026-11-27T09:40:00.000Z', outcome: 'done' as const };
    const saved = (await h.value('visits:save', { entries: [{ jobId: job!.id, visit: visit(second) }] })).jobs[0]!;
    expect(saved.visits.map((v) => v.arrivedAt)).toEqual([at('11:05'), second.arrivedAt]);
    expect(saved).toMatchObject({ status: 'done', statusReason: null, resolvedAt: second.departedAt });
  });

  it('refuses a change to a billed visit, naming it, and writes nothing', async () => {
    const h = createHarness();
    const [, job] = await bookedDay(h);
    const saved = (await h.value('visits:save', { entries: [{ jobId: job!.id, visit: visit() }] })).jobs[0]!;
    const index = h.doc().jobs.findIndex((j) => j.id === job!.id);
    await h.store.mutate((doc) => {
      doc.jobs[index] = { ...doc.jobs[index]!, visits: [{ ...doc.jobs[index]!.visits[0]!, billedBatchId: 'batch-1' }] };
    });
    const error = await h.refused(() => h.error('visits:save', { entries: [{ jobId: job!.id, visit: visit({ visitId: saved.visits[0]!.id, travelMinutes: 5 }) }] }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`The visit of 2026-11-25 on ${saved.number} is already billed, so it cannot change. Correct it with a credit batch in billing.`);
  });

  it('is all or nothing: one stale entry refuses the whole save', async () => {
    const h = createHarness();
    const [late, early] = await bookedDay(h);
    const error = await h.refused(() =>
      h.error('visits:save', {
        entries: [
          { jobId: early!.id, expectedRevision: early!.revision, visit: visit() },
          { jobId: late!.id, expectedRevision: late!.revision - 1, visit: visit({ arrivedAt: at('14:00'), departedAt: at('15:00') }) },
        ],
      }),
    );
    expect(error.code).toBe('CONFLICT');
  });

  it('refuses a waiting outcome on a done job, a cancelled job, an unknown visit, and times that do not make a visit', async () => {
    const h = createHarness();
    const [late, early] = await bookedDay(h);
    const done = (await h.value('visits:save', { entries: [{ jobId: early!.id, visit: visit() }] })).jobs[0]!;
    const reopen = await h.refused(() => h.error('visits:save', { entries: [{ jobId: early!.id, visit: visit({ visitId: done.visits[0]!.id, outcome: 'waiting-parts' }) }] }));
    expect(reopen).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/is done, which is final/) });
    await h.value('jobs:status', { id: late!.id, status: 'cancelled', reason: 'Customer fixed it' });
    expect((await h.refused(() => h.error('visits:save', { entries: [{ jobId: late!.id, visit: visit() }] }))).code).toBe('CONFLICT');
    expect((await h.refused(() => h.error('visits:save', { entries: [{ jobId: early!.id, visit: visit({ visitId: 'gone' }) }] }))).code).toBe('NOT_FOUND');
    const backwards = await h.refused(() => h.error('visits:save', { entries: [{ jobId: early!.id, visit: visit({ departedAt: at('10:00') }) }] }));
    expect(backwards).toMatchObject({ code: 'BAD_INPUT', issues: [expect.objectContaining({ path: 'entries.0.visit.departedAt' })] });
    expect((await h.refused(() => h.error('visits:save', { entries: [] }))).code).toBe('BAD_INPUT');
  });

  it('a done outcome on a job that already has a follow-up is refused', async () => {
    const h = createHarness();
    const [, job] = await bookedDay(h);
    const saved = (await h.value('visits:save', { entries: [{ jobId: job!.id, visit: visit({ outcome: 'another-visit' }) }] })).jobs[0]!;
    const error = await h.refused(() => h.error('visits:save', { entries: [{ jobId: job!.id, visit: visit({ visitId: saved.visits[0]!.id }) }] }));
    expect(error.message).toMatch(/already has the follow-up J-\d+/);
  });
});

describe('marking a job done by status also keeps when it was resolved', () => {
  it('sets resolvedAt to the moment of the change', async () => {
    const h = createHarness();
    const [job] = await bookedDay(h);
    for (const status of ['dispatched', 'en-route', 'on-site', 'done'] as const) await h.value('jobs:status', { id: job!.id, status });
    expect(stored(h, job!.id).resolvedAt).toBe(at('18:00'));
  });
});

describe('parts:set and parts:list', () => {
  it('keeps the list by name, gives new parts ids, and writes nothing when nothing changed', async () => {
    const h = createHarness();
    const parts = await h.value('parts:set', { parts: [{ name: 'Toner cartridge', unitPriceMinor: 8900 }, { name: 'Patch cable', unitPriceMinor: 350 }] });
    expect(parts.map((p) => p.name)).toEqual(['Patch cable', 'Toner cartridge']);
    expect(await h.value('parts:list', {})).toEqual(parts);
    await h.unchanged(() => h.value('parts:set', { parts }));
    const repriced = await h.value('parts:set', { parts: [{ ...parts[0]!, unitPriceMinor: 400 }] });
    expect(repriced).toEqual([{ ...parts[0]!, unitPriceMinor: 400 }]);
    expect(h.events.at(-1)?.name).toBe('settings:changed');
  });

  it('refuses negative prices, fractions of a minor unit and duplicate names', async () => {
    const h = createHarness();
    for (const parts of [[{ name: 'Cable', unitPriceMinor: -1 }], [{ name: 'Cable', unitPriceMinor: 1.5 }], [{ name: 'Cable', unitPriceMinor: 1 }, { name: 'cable', unitPriceMinor: 2 }]]) {
      expect((await h.refused(() => h.error('parts:set', { parts })))).toMatchObject({ code: 'BAD_INPUT' });
    }
  });
});

it('the visit factory builds a valid visit', () => {
  expect(makeVisit().outcome).toBe('done');
});
