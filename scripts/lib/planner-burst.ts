/**
 * Seeded peak bursts for the planner: technicians with mixed skills (cisco is rare, m365 common)
 * in zones, clients on the default SLA tiers, a morning's bookings already on the board (some
 * dispatched, some pinned), a few maintenance visits, and a burst of calls whose arrivals cluster
 * (an outage brings several network calls from one zone within minutes). The benchmark and the
 * planner's tests both use it, so it lives outside scripts/bench. Same seed and `now`, same shop.
 */
import { newContract } from '../../shared/billing/contract-terms';
import { dayBounds, dayOf } from '../../shared/domain/jobs';
import { dueTimes } from '../../shared/domain/sla';
import { emptyDocument, type DispatchDocument } from '../../shared/schemas/document';
import type { Priority } from '../../shared/schemas/common';
import type { Job, JobCategory } from '../../shared/schemas/job';
import type { Technician } from '../../shared/schemas/technician';
import { seededRandom } from '../../shared/planner/random';

export type BurstSize = {
  technicians: number;
  jobs: number;
  /** Minutes before `now` over which the queued calls arrived. */
  arrivalMinutes: number;
  zones: number;
  /** Bookings already on the board per technician today, at most. */
  bookedPerTechnician: number;
  overtime: boolean;
};

export const BURSTS = {
  small: { technicians: 6, jobs: 20, arrivalMinutes: 60, zones: 3, bookedPerTechnician: 2, overtime: false },
  medium: { technicians: 12, jobs: 60, arrivalMinutes: 120, zones: 4, bookedPerTechnician: 2, overtime: true },
  large: { technicians: 60, jobs: 400, arrivalMinutes: 180, zones: 6, bookedPerTechnician: 2, overtime: true },
} as const satisfies Record<string, BurstSize>;

const MINUTE = 60_000;
const ZONES = ['North', 'South', 'East', 'West', 'Central', 'Harbour'];
const NAMES = ['Alex', 'Sam', 'Jordan', 'Priya', 'Chen', 'Maria', 'Tom', 'Aisha', 'Liam', 'Noor', 'Ravi', 'Eva', 'Kofi', 'Ines', 'Jan'];
/** Category → the skill it needs (network calls sometimes need cisco on top). */
const WORK: Array<{ category: JobCategory; skills: string[]; minutes: [number, number] }> = [
  { category: 'printer', skills: ['printers'], minutes: [30, 90] },
  { category: 'software', skills: ['m365'], minutes: [30, 90] },
  { category: 'network', skills: ['network'], minutes: [60, 150] },
  { category: 'network', skills: ['network', 'cisco'], minutes: [60, 180] },
  { category: 'hardware', skills: ['windows'], minutes: [45, 120] },
  { category: 'hardware', skills: [], minutes: [30, 60] },
];
const PRIORITIES: Array<[Priority, number]> = [['P1', 0.1], ['P2', 0.25], ['P3', 0.4], ['P4', 0.25]];

export function generateBurst(opts: { seed: number; now: Date; size: BurstSize; timeZone?: string; mayMoveShare?: number }): DispatchDocument {
  const random = seededRandom(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(random() * xs.length))]!;
  const between = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
  const tz = opts.timeZone ?? 'Europe/London';
  const doc = emptyDocument(tz);
  const { size, now } = opts;
  const zones = ZONES.slice(0, size.zones);
  doc.settings.slotMinutes = 15;
  doc.settings.travel = { withinZoneMinutes: 0, betweenZonesMinutes: 30, pairs: [{ from: 'Central', to: 'North', minutes: 20 }] };
  doc.settings.overtime = { allowed: size.overtime, dailyCapMinutes: 60, weeklyLimitMinutes: 300 };

  const today = dayOf(now, tz);
  const hours = [
    { start: '08:00', end: '17:00' },
    { start: '08:00', end: '17:00' },
    { start: '07:00', end: '15:30' },
    { start: '10:00', end: '19:00' },
  ];
  doc.technicians = Array.from({ length: size.technicians }, (_, i): Technician => {
    const skills = new Set<string>();
    if (random() < 0.7) skills.add('m365');
    if (random() < 0.5) skills.add('printers');
    if (random() < 0.5) skills.add('network');
    if (random() < 0.6) skills.add('windows');
    if (skills.has('network') && random() < 0.4) skills.add('cisco');
    if (skills.size === 0) skills.add(pick(['m365', 'printers', 'windows']));
    const h = pick(hours);
    return {
      id: `tech-${i + 1}`,
      name: `${NAMES[i % NAMES.length]} ${String.fromCharCode(65 + Math.floor(i / NAMES.length))}.`,
      skills: [...skills].sort(),
      zone: zones[i % zones.length]!,
      colour: '#1f77b4',
      workingHours: [{ days: [1, 2, 3, 4, 5], ...h }],
      // About one in twelve is off tomorrow.
      timeOff: random() < 1 / 12 ? [{ start: dayOf(new Date(now.getTime() + 86_400_000), tz), end: dayOf(new Date(now.getTime() + 86_400_000), tz), reason: 'leave' }] : [],
      dailyCapacityHours: 7,
      active: true,
    };
  });
  doc.clients = Array.from({ length: Math.max(4, Math.ceil(size.jobs / 4)) }, (_, i) => ({
    id: `client-${i + 1}`,
    name: `Client ${i + 1}`,
    contract: newContract('time-and-materials', 9500),
    blockTopUps: [],
    // Two in five on the standard tier, two on priority, one on managed 24×7.
    slaTier: i % 5 < 2 ? 'standard' : i % 5 < 4 ? 'priority' : 'managed-24x7',
    environmentNotes: '',
  }));
  doc.sites = doc.clients.map((c, i) => ({ id: `site-${i + 1}`, clientId: c.id, name: `Site ${i + 1}`, address: '', zone: zones[i % zones.length]!, accessNotes: '' }));
  const policies = new Map(doc.slaPolicies.map((p) => [p.id, p]));

  const job = (n: number, over: Partial<Job>): Job => {
    const client = pick(doc.clients);
    const received = over.receivedAt ?? now.toISOString();
    return {
      id: `job-${n}`,
      number: `J-${1000 + n}`,
      clientId: client.id,
      siteId: `site-${client.id.slice(7)}`,
      contactId: null,
      title: 'Call',
      description: '',
      category: 'other',
      requiredSkills: [],
      priority: 'P3',
      status: 'new',
      statusReason: null,
      receivedAt: received,
      responseDueAt: null,
      resolutionDueAt: null,
      estimateMinutes: 60,
      slaPausedSince: null,
      slaPausedMinutes: 0,
      respondedAt: null,
      resolvedAt: null,
      assignment: null,
      externalRef: null,
      notes: '',
      visits: [],
      followUpOf: null,
      maintenance: null,
      pinned: false,
      history: [],
      createdAt: received,
      updatedAt: received,
      revision: 1,
      ...over,
    };
  };
  const withSla = (j: Job): Job => {
    const client = doc.clients.find((c) => c.id === j.clientId)!;
    const due = dueTimes(policies.get(client.slaTier) ?? doc.slaPolicies[0]!, j.priority, new Date(j.receivedAt), tz);
    return { ...j, responseDueAt: due.responseDueAt.toISOString(), resolutionDueAt: due.resolutionDueAt.toISOString() };
  };
  const priority = (): Priority => {
    let r = random();
    for (const [p, share] of PRIORITIES) if ((r -= share) < 0) return p;
    return 'P4';
  };

  let n = 0;
  // Work already on the board this morning.
  const dayStart = dayBounds(today, tz).start.getTime();
  for (const t of doc.technicians) {
    const count = between(0, size.bookedPerTechnician);
    let free = dayStart + 9 * 60 * MINUTE;
    for (let k = 0; k < count; k++) {
      const start = free + between(0, 6) * 30 * MINUTE;
      const minutes = pick([60, 90, 120]);
      free = start + (minutes + 30) * MINUTE;
      const dispatched = start < now.getTime() + 30 * MINUTE;
      doc.jobs.push(
        withSla(
          job(++n, {
            priority: priority(),
            receivedAt: new Date(now.getTime() - between(2, 30) * 60 * MINUTE).toISOString(),
            status: start < now.getTime() ? 'on-site' : dispatched ? 'dispatched' : 'scheduled',
            respondedAt: start < now.getTime() ? new Date(start).toISOString() : null,
            estimateMinutes: minutes,
            pinned: !dispatched && random() < 0.2,
            assignment: { technicianId: t.id, start: new Date(start).toISOString(), end: new Date(start + minutes * MINUTE).toISOString() },
          }),
        ),
      );
    }
  }
  // The burst: clustered arrivals; an outage makes a run of network calls from one zone.
  let at = now.getTime() - size.arrivalMinutes * MINUTE;
  const gap = (size.arrivalMinutes * MINUTE) / size.jobs;
  for (let k = 0; k < size.jobs; k++) {
    at = Math.min(now.getTime(), at + (random() < 0.3 ? gap * 3 * random() : gap * 0.4 * random()));
    const outage = random() < 0.15;
    const work = outage ? WORK[3]! : pick(WORK);
    const maintenance = !outage && random() < 0.06;
    const base = job(++n, {
      priority: outage ? pick<Priority>(['P1', 'P2']) : priority(),
      category: maintenance ? 'maintenance' : work.category,
      requiredSkills: maintenance ? ['printers'] : work.skills,
      estimateMinutes: Math.round(between(work.minutes[0], work.minutes[1]) / 15) * 15,
      receivedAt: new Date(Math.floor(at / 1000) * 1000).toISOString(),
    });
    if (maintenance) {
      const windowStart = dayBounds(today, tz).start.getTime();
      base.maintenance = {
        planId: 'plan-1',
        occurrenceDate: today,
        windowStart: new Date(windowStart).toISOString(),
        windowEnd: new Date(windowStart + 3 * 86_400_000).toISOString(),
      };
      base.priority = 'P4';
      doc.jobs.push(base);
    } else doc.jobs.push(withSla(base));
  }
  doc.nextJobNumber = 1001 + n;
  return doc;
}
