/**
 * A seeded peak-load shop: technicians in zones, a week of scheduled work, a queue with a burst of
 * fresh calls, and years of finished history. The benchmark and the tests that need a shop with
 * history both use it, so it lives outside scripts/bench (tests never import benchmark code).
 * Records are built directly
 * (the services would take minutes for 100,000 jobs) but pass the document schema; the same seed
 * and `now` always give the same shop.
 */
import { newContract } from '../../shared/billing/contract-terms';
import { dayBounds, dayOf } from '../../shared/domain/jobs';
import { dueTimes } from '../../shared/domain/sla';
import { emptyDocument } from '../../shared/schemas/document';
import type { DispatchDocument } from '../../shared/schemas/document';
import type { Client, Contact, Site } from '../../shared/schemas/client';
import type { Priority } from '../../shared/schemas/common';
import type { HistoryEntry, Job, JobCategory } from '../../shared/schemas/job';
import type { Technician } from '../../shared/schemas/technician';
import { seededRandom, type Random } from '../../electron/core/sample/random';

export type ShopSize = {
  technicians: number;
  zones: number;
  clients: number;
  /** Jobs booked across the current week (Monday–Friday). */
  scheduled: number;
  /** Jobs waiting in the queue. */
  unassigned: number;
  /** Of those, how many came in within the last hour. */
  burst: number;
  /** Finished jobs, all finished more than 30 days ago. */
  history: number;
  /** Months the history spreads over. */
  historyMonths: number;
};

export const PEAK_SHOP: ShopSize = {
  technicians: 60,
  zones: 6,
  clients: 400,
  scheduled: 3000,
  unassigned: 400,
  burst: 150,
  history: 100_000,
  historyMonths: 24,
};

export type Shop = {
  /** The active document (open and recent work). */
  doc: DispatchDocument;
  /** Finished jobs older than 30 days: in archive files for our store, inside the document for a naive one. */
  history: Job[];
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ZONES = ['North', 'South', 'East', 'West', 'Central', 'Harbour', 'Airport', 'Hills'];
const SKILLS = ['windows', 'macos', 'networking', 'printers', 'servers', 'security', 'voip', 'cabling'];
const CATEGORIES: JobCategory[] = ['hardware', 'software', 'network', 'printer', 'security', 'other'];
const FIRST = ['Alex', 'Sam', 'Jordan', 'Priya', 'Chen', 'Maria', 'Tom', 'Aisha', 'Liam', 'Noor', 'Ravi', 'Eva', 'Kofi', 'Ines', 'Jan'];
const LAST = ['Okoro', 'Chen', 'Patel', 'Novak', 'Smith', 'Garcia', 'Kowalski', 'Haddad', 'Larsen', 'Silva', 'Brown', 'Ito'];
const BUSINESS = ['Dental', 'Solicitors', 'Accountants', 'Clinic', 'Logistics', 'Bakery', 'Architects', 'School', 'Hotel', 'Garage'];
const PLACES = ['Harbour', 'Whitfield', 'Riverside', 'Oakwood', 'Kingsway', 'Northgate', 'Elm Street', 'Quayside', 'Meadow', 'Castle'];
const PROBLEMS = [
  'Printer jams on every second page',
  'Email not syncing on reception PC',
  'VPN drops every few minutes',
  'Server disk nearly full',
  'New starter laptop setup',
  'Wi-Fi dead in the meeting room',
  'Phone system shows no dial tone',
  'Ransomware warning on accounts PC',
  'Scanner to email stopped working',
  'Firewall firmware update',
  'Replace failed UPS battery',
  'Move office: patch 24 ports',
];
const WORDS = ['customer', 'reports', 'since', 'monday', 'after', 'update', 'restart', 'did', 'not', 'help', 'urgent', 'before', 'audit', 'cable', 'switch', 'driver', 'account', 'locked', 'backup', 'failed'];

const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd.next() * list.length)] as T;
const iso = (ms: number) => new Date(ms).toISOString();
const sentence = (rnd: Random, words: number) => Array.from({ length: words }, () => pick(rnd, WORDS)).join(' ');

/** Monday 00:00 (shop time) of the week holding `now`, as a day key. */
function mondayOf(now: Date, timeZone: string): string {
  let day = dayOf(now, timeZone);
  for (let i = 0; i < 7; i++) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 1) return day;
    day = dayOf(new Date(dayBounds(day, timeZone).start.getTime() - 12 * 3600_000), timeZone);
  }
  return day;
}

/** Build the shop. Deterministic for the same seed, `now`, zone and size. */
export function generateShop(opts: { seed: number; now: Date; timeZone?: string; size?: Partial<ShopSize> }): Shop {
  const size = { ...PEAK_SHOP, ...opts.size };
  const timeZone = opts.timeZone ?? 'Europe/London';
  const rnd = seededRandom(opts.seed);
  const now = opts.now.getTime();
  const doc = emptyDocument(timeZone);
  doc.settings.sampleOffered = true;
  const zones = ZONES.slice(0, size.zones);

  const hours = [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }];
  const technicians: Technician[] = Array.from({ length: size.technicians }, (_, i) => ({
    id: `tech-${i + 1}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`,
    skills: [pick(rnd, SKILLS), pick(rnd, SKILLS)].filter((s, k, a) => a.indexOf(s) === k),
    zone: zones[i % zones.length] ?? '',
    colour: `#${(0x1f5f9e + i * 0x0a0b0c).toString(16).slice(-6).padStart(6, '0')}`,
    workingHours: hours,
    timeOff: [],
    dailyCapacityHours: 8,
    active: true,
  }));
  const clients: Client[] = [];
  const sites: Site[] = [];
  const contacts: Contact[] = [];
  const tiers = doc.slaPolicies.map((p) => p.id);
  for (let i = 0; i < size.clients; i++) {
    const id = `client-${i + 1}`;
    clients.push({
      id,
      name: `${pick(rnd, PLACES)} ${pick(rnd, BUSINESS)} ${i + 1}`,
      contract: newContract(pick(rnd, ['managed', 'block-hours', 'time-and-materials'] as const), (80 + rnd.int(0, 60)) * 100),
      blockTopUps: [],
      slaTier: pick(rnd, tiers),
      environmentNotes: '',
    });
    sites.push({ id: `site-${i + 1}`, clientId: id, name: 'Main office', address: `${rnd.int(1, 200)} ${pick(rnd, PLACES)} Road`, zone: pick(rnd, zones), accessNotes: '' });
    contacts.push({ id: `contact-${i + 1}`, clientId: id, name: `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`, phone: '', email: '' });
  }
  doc.technicians = technicians;
  doc.clients = clients;
  doc.sites = sites;
  doc.contacts = contacts;

  let number = doc.nextJobNumber;
  let ids = 0;
  const policyOf = new Map(doc.slaPolicies.map((p) => [p.id, p]));
  function job(receivedAt: number, over: Partial<Job>, withSla: boolean): Job {
    const c = rnd.int(0, clients.length - 1);
    const client = clients[c] as Client;
    const priority = pick(rnd, ['P1', 'P2', 'P3', 'P3', 'P4'] as Priority[]);
    let due = { responseDueAt: null as string | null, resolutionDueAt: null as string | null };
    const policy = policyOf.get(client.slaTier);
    if (withSla && policy) {
      const d = dueTimes(policy, priority, new Date(receivedAt), timeZone);
      due = { responseDueAt: d.responseDueAt.toISOString(), resolutionDueAt: d.resolutionDueAt.toISOString() };
    }
    const created: HistoryEntry = { at: iso(receivedAt), by: 'intake:psa', action: 'created', detail: `Created as ${priority} for ${client.name}` };
    return {
      id: `job-${(++ids).toString(36)}-${rnd.int(0, 1e9).toString(36)}`,
      number: `J-${number++}`,
      clientId: client.id,
      siteId: `site-${c + 1}`,
      contactId: `contact-${c + 1}`,
      title: pick(rnd, PROBLEMS),
      description: sentence(rnd, rnd.int(8, 30)),
      category: pick(rnd, CATEGORIES),
      requiredSkills: rnd.next() < 0.5 ? [pick(rnd, SKILLS)] : [],
      priority,
      status: 'new',
      statusReason: null,
      receivedAt: iso(receivedAt),
      ...due,
      estimateMinutes: pick(rnd, [30, 45, 60]),
      slaPausedSince: null,
      slaPausedMinutes: 0, respondedAt: null,
      resolvedAt: null,
      assignment: null,
      externalRef: null,
      notes: rnd.next() < 0.3 ? sentence(rnd, rnd.int(4, 15)) : '',
      visits: [],
      followUpOf: null,
      maintenance: null,
      pinned: false,
      history: [created],
      createdAt: iso(receivedAt),
      updatedAt: iso(receivedAt),
      revision: 1,
      ...over,
    };
  }

  // History first, oldest first, so job numbers rise with time as they would have.
  const history: Job[] = [];
  const span = size.historyMonths * 30 * DAY;
  const newest = now - 31 * DAY;
  const times = Array.from({ length: size.history }, () => newest - Math.floor(rnd.next() * span)).sort((a, b) => a - b);
  for (const received of times) {
    const tech = pick(rnd, technicians);
    const start = received + rnd.int(30, 600) * MINUTE;
    const end = start + pick(rnd, [30, 45, 60, 90]) * MINUTE;
    const cancelled = rnd.next() < 0.08;
    const j = job(received, {}, false);
    const steps: HistoryEntry[] = [
      ...j.history,
      { at: iso(received + 5 * MINUTE), by: 'dispatcher', action: 'assigned', detail: `Assigned to ${tech.name}` },
      { at: iso(start), by: 'dispatcher', action: 'status', detail: 'scheduled → dispatched' },
      { at: iso(end), by: 'dispatcher', action: 'status', detail: cancelled ? 'dispatched → cancelled: customer fixed it' : 'on site → done' },
    ];
    history.push({
      ...j,
      status: cancelled ? 'cancelled' : 'done',
      statusReason: cancelled ? 'customer fixed it' : null,
      assignment: { technicianId: tech.id, start: iso(start), end: iso(end) },
      history: steps,
      updatedAt: iso(end),
      revision: j.revision + 3,
    });
  }

  // The current week, Monday to Friday, each technician's day filled in one-hour slots from 08:00.
  const active: Job[] = [];
  const monday = mondayOf(opts.now, timeZone);
  const days = Array.from({ length: 5 }, (_, d) => dayBounds(monday, timeZone).start.getTime() + d * DAY + 12 * 3600_000).map((t) =>
    dayBounds(dayOf(new Date(t), timeZone), timeZone).start.getTime(),
  );
  const perTechDay = Math.ceil(size.scheduled / (technicians.length * days.length));
  let booked = 0;
  for (const [d, dayStart] of days.entries()) {
    for (const tech of technicians) {
      for (let slot = 0; slot < perTechDay && booked < size.scheduled; slot++) {
        const start = dayStart + (8 + slot) * 60 * MINUTE;
        const j = job(start - rnd.int(60, 3 * 24 * 60) * MINUTE, {}, true);
        const end = start + j.estimateMinutes * MINUTE;
        const past = end < now;
        active.push({
          ...j,
          status: past ? 'done' : 'scheduled',
          assignment: { technicianId: tech.id, start: iso(start), end: iso(end) },
          history: [...j.history, { at: j.receivedAt, by: 'dispatcher', action: 'assigned', detail: `Assigned to ${tech.name} (day ${d + 1})` }],
          updatedAt: past ? iso(end) : j.receivedAt,
          revision: j.revision + 1,
        });
        booked += 1;
      }
    }
  }
  // The queue: older calls over the last three days, then the burst within the last hour.
  for (let i = 0; i < size.unassigned; i++) {
    const inBurst = i >= size.unassigned - size.burst;
    const received = inBurst ? now - rnd.int(0, 59 * 60) * 1000 : now - rnd.int(60, 3 * 24 * 60) * MINUTE;
    active.push(job(received, {}, true));
  }
  doc.jobs = active;
  doc.nextJobNumber = number;
  return { doc, history };
}
