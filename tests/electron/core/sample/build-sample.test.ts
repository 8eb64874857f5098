import { describe, expect, it } from 'vitest';
import { buildSampleShop, DEFAULT_SAMPLE_SEED } from '../../../../electron/core/sample/build-sample';
import { dueTimes } from '../../../../shared/domain/sla';
import { emptyDocument, validateDocument } from '../../../../shared/schemas/document';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';

/** The calls of the day the sample is loaded; the closed-out week before it is tested on its own. */
/** Today's calls: not the closed-out week before them, not the maintenance visits. */
const current = (jobs: Job[]) => jobs.filter((j) => !j.maintenance && j.visits.length === 0 && j.followUpOf === null);

/** Wednesday 25 November 2026, 11:00 in London. */
const MIDWEEK = new Date('2026-11-25T11:00:00Z');

function build(now = MIDWEEK, timeZone = 'Europe/London', seed = DEFAULT_SAMPLE_SEED) {
  const base = emptyDocument(timeZone);
  const shop = buildSampleShop({ base, now, seed });
  const doc: DispatchDocument = { ...base, ...shop };
  return { shop, doc };
}

function overlaps(jobs: Job[]): string[] {
  const found: string[] = [];
  const booked = jobs.filter((j) => j.assignment);
  for (const a of booked) {
    for (const b of booked) {
      if (a.number >= b.number || a.assignment?.technicianId !== b.assignment?.technicianId) continue;
      if (Date.parse(a.assignment?.start ?? '') < Date.parse(b.assignment?.end ?? '') && Date.parse(b.assignment?.start ?? '') < Date.parse(a.assignment?.end ?? '')) {
        found.push(`${a.number}/${b.number}`);
      }
    }
  }
  return found;
}

describe('the sample shop', () => {
  it('is a valid document with the promised cast', () => {
    const { shop, doc } = build();
    const checked = validateDocument(doc);
    expect(checked.ok ? 'valid' : checked.reason).toBe('valid');
    expect(shop.clients).toHaveLength(5);
    expect(shop.technicians).toHaveLength(8);
    expect(current(shop.jobs)).toHaveLength(30);
    expect(new Set(shop.technicians.map((t) => t.colour)).size).toBe(8);
    expect(new Set(shop.clients.map((c) => c.contract.type))).toEqual(new Set(['managed', 'block-hours', 'time-and-materials']));
    const law = shop.clients.find((c) => c.contract.type === 'block-hours');
    expect(law?.blockTopUps.map((t) => t.minutes)).toEqual([1200, 600]);
    expect(shop.technicians.filter((t) => t.timeOff.length > 0)).toHaveLength(1);
    for (const c of shop.clients) {
      const sites = shop.sites.filter((s) => s.clientId === c.id).length;
      expect(sites).toBeGreaterThanOrEqual(1);
      expect(sites).toBeLessThanOrEqual(3);
    }
  });

  it('books about half the jobs today and on the next working day, without overlaps or warnings', () => {
    const { shop } = build();
    const booked = current(shop.jobs).filter((j) => j.assignment);
    expect(booked.length).toBeGreaterThanOrEqual(12);
    expect(booked.length).toBeLessThanOrEqual(18);
    expect(shop.warnings).toEqual([]);
    expect(overlaps(shop.jobs)).toEqual([]);
    const days = new Set(booked.map((j) => j.assignment?.start.slice(0, 10)));
    expect(days).toEqual(new Set(['2026-11-25', '2026-11-26']));
  });

  it('has a realistic mix of priorities and statuses mid-morning', () => {
    const { shop } = build();
    const p1 = current(shop.jobs).filter((j) => j.priority === 'P1').length;
    expect(p1).toBeGreaterThanOrEqual(1);
    expect(p1).toBeLessThanOrEqual(2);
    for (const p of ['P2', 'P3', 'P4'] as const) expect(current(shop.jobs).filter((j) => j.priority === p).length).toBeGreaterThan(3);
    const statuses = new Set(current(shop.jobs).filter((j) => j.assignment).map((j) => j.status));
    for (const s of ['scheduled', 'dispatched', 'en-route', 'on-site'] as const) expect(statuses).toContain(s);
    const queue = current(shop.jobs).filter((j) => !j.assignment);
    expect(queue.every((j) => j.status === 'new' || j.status === 'on-hold')).toBe(true);
    const held = queue.filter((j) => j.status === 'on-hold');
    expect(held).toHaveLength(1);
    expect(held[0]?.statusReason).toMatch(/\w/);
  });

  it('received every call before now, numbered in order of receipt, with SLA due times by the real rules', () => {
    const { shop, doc } = build();
    const received = current(shop.jobs).map((j) => Date.parse(j.receivedAt));
    expect(received.every((t) => t <= MIDWEEK.getTime())).toBe(true);
    expect([...received].sort((a, b) => a - b)).toEqual(received);
    const first = Number(current(shop.jobs)[0]?.number.slice(2));
    expect(current(shop.jobs).map((j) => j.number)).toEqual(Array.from({ length: 30 }, (_, i) => `J-${first + i}`));
    expect(shop.nextJobNumber).toBe(first + 30 + shop.jobs.filter((j) => j.maintenance).length);
    for (const job of current(shop.jobs)) {
      const client = shop.clients.find((c) => c.id === job.clientId);
      const policy = doc.slaPolicies.find((p) => p.id === client?.slaTier);
      if (!policy) throw new Error(`no policy for ${job.number}`);
      expect(job.responseDueAt).toBe(dueTimes(policy, job.priority, new Date(job.receivedAt), 'Europe/London').responseDueAt.toISOString());
      expect(job.history.every((e) => Date.parse(e.at) <= MIDWEEK.getTime())).toBe(true);
    }
  });

  it('is the same for the same seed and now, and differs in ids for another seed', () => {
    expect(build().shop).toEqual(build().shop);
    const other = build(MIDWEEK, 'Europe/London', 7).shop;
    expect(other.jobs[0]?.id).not.toBe(build().shop.jobs[0]?.id);
  });

  it.each([
    ['a Saturday', new Date('2026-11-28T12:00:00Z'), 'Europe/London'],
    ['a Friday evening', new Date('2026-11-27T19:30:00Z'), 'Europe/London'],
    ['early morning in New York', new Date('2026-03-09T10:30:00Z'), 'America/New_York'],
    ['a DST change day', new Date('2026-03-29T08:00:00Z'), 'Europe/Berlin'],
    ['Sydney', new Date('2026-11-25T01:00:00Z'), 'Australia/Sydney'],
  ])('stays valid, without overlaps or warnings, on %s', (_, now, timeZone) => {
    const { shop, doc } = build(now, timeZone);
    const checked = validateDocument(doc);
    expect(checked.ok ? 'valid' : checked.reason).toBe('valid');
    expect(overlaps(shop.jobs)).toEqual([]);
    expect(shop.warnings).toEqual([]);
    expect(current(shop.jobs).filter((j) => j.assignment).length).toBeGreaterThanOrEqual(12);
  });
});

describe('the sample shop at a weekend', () => {
  it.each([
    ['Saturday', new Date('2026-12-05T09:30:00Z'), 'Europe/London', '2026-12-05', '2026-12-07'],
    ['Sunday', new Date('2026-12-06T09:30:00Z'), 'Europe/London', '2026-12-06', '2026-12-07'],
    ['Sunday of the US fall-back', new Date('2026-11-01T14:30:00Z'), 'America/New_York', '2026-11-01', '2026-11-02'],
  ])('books the on-call crew on the %s it is loaded, and routine work on the next weekday', (_, now, timeZone, loadedDay, nextWeekday) => {
    const { shop } = build(now, timeZone);
    const booked = current(shop.jobs).filter((j) => j.assignment);
    const dayOfStart = (j: Job) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(j.assignment!.start));
    const onLoadedDay = booked.filter((j) => dayOfStart(j) === loadedDay);
    expect(onLoadedDay.length).toBeGreaterThanOrEqual(5);
    expect(new Set(onLoadedDay.map((j) => j.assignment!.technicianId)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(booked.map(dayOfStart))).toEqual(new Set([loadedDay, nextWeekday]));
    expect(shop.warnings).toEqual([]);
    expect(overlaps(shop.jobs)).toEqual([]);
  });

  it('has two maintenance clients with plans, and their visits due within the lead time as P4 jobs in the queue', () => {
    const { shop, doc } = build();
    const clients = new Set(shop.maintenancePlans.map((p) => shop.clients.find((c) => c.id === p.clientId)?.name));
    expect([...clients].sort()).toEqual(['Northway Logistics', "St Brigid's Primary School"]);
    const visits = shop.jobs.filter((j) => j.maintenance);
    // Wednesday 25 November: Monday 30 Nov (weekly, 7 days), Tuesday 1 Dec (monthly, 14 days),
    // Monday 30 Nov month end (10 days) and the quarter end 30 November (21 days).
    expect(visits.map((j) => [j.title, j.maintenance?.occurrenceDate]).sort()).toEqual([
      ['Month-end firewall and VPN review', '2026-11-30'],
      ['Monthly patching and backup check', '2026-12-01'],
      ['Termly network health check', '2026-11-30'],
      ['Weekly server room check', '2026-11-30'],
    ]);
    expect(visits.every((j) => j.category === 'maintenance' && j.priority === 'P4' && j.responseDueAt === null && !j.assignment)).toBe(true);
    expect(visits.find((j) => j.title === 'Weekly server room check')?.maintenance).toMatchObject({ windowStart: '2026-11-30T07:00:00.000Z', windowEnd: '2026-11-30T09:00:00.000Z' });
    expect(shop.maintenancePlans.every((p) => p.createdThrough !== null && p.createdThrough >= '2026-11-30')).toBe(true);
    expect(validateDocument(doc).ok).toBe(true);
  });
});

describe('the closed-out week before it', () => {
  const zone = 'Europe/London';
  const dayOfIso = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(iso));
  /** Jobs visited in the seven days before (the history weeks before them are tested with the reports). */
  const lastWeek = (jobs: Job[]) => jobs.filter((j) => j.visits.length > 0 && j.visits.every((v) => dayOfIso(v.arrivedAt) >= '2026-11-18'));

  it('has visits on done jobs every day of the seven before, with times, travel, parts and signatures', () => {
    const { shop } = build();
    const closed = lastWeek(shop.jobs);
    const days = new Set(closed.flatMap((j) => j.visits.map((v) => dayOfIso(v.arrivedAt))));
    expect([...days].sort()).toEqual(['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
    expect(closed.length).toBeGreaterThanOrEqual(40);
    expect(closed.every((j) => j.status === 'done')).toBe(true);
    // A follow-up keeps the first response of the call it continues.
    expect(closed.filter((j) => j.followUpOf === null).every((j) => j.respondedAt === j.visits[0]!.arrivedAt)).toBe(true);
    const visits = closed.flatMap((j) => j.visits);
    expect(visits.every((v) => v.travelMinutes > 0 && v.signedBy !== '' && v.workDone !== '' && v.billedBatchId === null)).toBe(true);
    expect(visits.some((v) => v.parts.some((p) => p.partId === null))).toBe(true);
    expect(visits.some((v) => v.parts.some((p) => shop.parts.some((part) => part.id === p.partId)))).toBe(true);
    // An evening call, for the after-hours rate.
    expect(visits.some((v) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hour12: false }).format(new Date(v.arrivedAt))) >= 18)).toBe(true);
    expect(closed.filter((j) => j.visits.at(-1)!.outcome === 'done').every((j) => j.resolvedAt === j.visits.at(-1)!.departedAt)).toBe(true);
  });

  it('has follow-ups linked both ways, finished on a later day (none left in the queue with an old SLA)', () => {
    const { shop } = build();
    const followUps = shop.jobs.filter((j) => j.followUpOf !== null);
    expect(followUps.length).toBeGreaterThanOrEqual(3);
    for (const f of followUps) {
      const original = shop.jobs.find((j) => j.id === f.followUpOf)!;
      expect(original.visits.at(-1)).toMatchObject({ outcome: 'another-visit', followUpJobId: f.id });
      expect(original.resolvedAt).toBeNull();
    }
    expect(followUps.every((f) => f.status === 'done' && f.visits.length === 1)).toBe(true);
  });

  it('comes before today in job numbers and history', () => {
    const { shop } = build();
    const numbers = shop.jobs.map((j) => Number(j.number.slice(2)));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(shop.jobs.every((j) => j.history.every((e) => Date.parse(e.at) <= MIDWEEK.getTime()))).toBe(true);
    expect(Math.max(...shop.jobs.filter((j) => j.visits.length > 0).map((j) => Number(j.number.slice(2))))).toBeLessThan(Number(current(shop.jobs)[0]!.number.slice(2)));
  });
});
