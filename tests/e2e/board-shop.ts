/**
 * A small deterministic shop for the board tests: four technicians who work every day 07:00–19:00
 * (in the test's time zone), two jobs in the queue and two booked TOMORROW (after the test's
 * pinned instant), so drops are always in the future and inside working hours.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dayBounds, dayOf, instantAt } from '../../shared/domain/jobs';
import { emptyDocument, validateDocument } from '../../shared/schemas/document';
import type { DispatchDocument } from '../../shared/schemas/document';
import type { Job } from '../../shared/schemas/job';
import { makeJob, makeTechnician, makeContract } from '../support/factories';
import { testNow, testZone } from './test-clock';

export const ANA = 'tech-ana';
export const BEN = 'tech-ben';
export const CY = 'tech-cy';
export const DEE = 'tech-dee';
/** Queue: P2 (a P1 would raise the urgent banner and move the board), needs networking, 90 minutes. */
export const QUEUED = 'job-1001';
/** Queue: P3, needs printers (Ana and Ben lack it), 60 minutes. */
export const PRINTER = 'job-1002';
/** Booked on Ana tomorrow 13:00–14:00, scheduled. */
export const BOOKED = 'job-1003';
/** Booked on Ben tomorrow 09:00–10:00, dispatched. */
export const DISPATCHED = 'job-1004';

/** Tomorrow in the shop's zone, `YYYY-MM-DD`. */
export function tomorrow(now = testNow()): string {
  const zone = testZone();
  const today = dayOf(now, zone);
  return dayOf(new Date(dayBounds(today, zone).end.getTime() + 3600_000), zone);
}

/** The instant of `HH:mm` on `day` in the shop's zone (or `zone`), by the zone's rules (DST days included). */
export function at(day: string, hhmm: string, zone = testZone()): string {
  return instantAt(day, hhmm, zone).toISOString();
}

export function buildBoardShop(now = testNow()): DispatchDocument {
  const day = tomorrow(now);
  const doc = emptyDocument(testZone());
  doc.settings.sampleOffered = true;
  const everyDay = [{ days: [0, 1, 2, 3, 4, 5, 6], start: '07:00', end: '19:00' }];
  const tech = (id: string, name: string, skills: string[], zone: string, timeOff: DispatchDocument['technicians'][number]['timeOff'] = []) =>
    makeTechnician({ id, name, skills, zone, colour: '#1f5f9e', workingHours: everyDay, timeOff, dailyCapacityHours: 8 });
  doc.technicians = [
    tech(ANA, 'Ana Silva', ['networking', 'windows'], 'North'),
    tech(BEN, 'Ben Okoro', ['windows'], 'North'),
    tech(CY, 'Cy Park', ['networking', 'printers'], 'South'),
    tech(DEE, 'Dee Khan', ['networking'], 'South', [{ start: day, end: day, reason: 'Training course' }]),
  ];
  doc.clients = [{ id: 'c-1', name: 'Harbour Dental', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' }];
  const received = new Date(now.getTime() - 3600_000).toISOString();
  const job = (id: string, number: string, over: Partial<Job>): Job =>
    makeJob({
      id,
      number,
      clientId: 'c-1',
      title: 'Fault report',
      category: 'network',
      receivedAt: received,
      responseDueAt: new Date(now.getTime() + 7 * 24 * 3600_000).toISOString(),
      resolutionDueAt: new Date(now.getTime() + 14 * 24 * 3600_000).toISOString(),
      createdAt: received,
      updatedAt: received,
      ...over,
    });
  doc.jobs = [
    job(QUEUED, 'J-1001', { title: 'Core switch down', priority: 'P2', requiredSkills: ['networking'], estimateMinutes: 90 }),
    job(PRINTER, 'J-1002', { title: 'Printer jams on tray 2', requiredSkills: ['printers'] }),
    job(BOOKED, 'J-1003', {
      title: 'Replace firewall',
      priority: 'P2',
      requiredSkills: ['networking'],
      status: 'scheduled',
      assignment: { technicianId: ANA, start: at(day, '13:00'), end: at(day, '14:00') },
    }),
    job(DISPATCHED, 'J-1004', {
      title: 'Laptop will not boot',
      requiredSkills: ['windows'],
      status: 'dispatched',
      assignment: { technicianId: BEN, start: at(day, '09:00'), end: at(day, '10:00') },
    }),
  ];
  doc.nextJobNumber = 1005;
  const checked = validateDocument(doc);
  if (!checked.ok) throw new Error(`The board fixture is not valid: ${checked.reason}`);
  return checked.value;
}

/** `prepare` for the host fixture. */
export async function writeBoardShop(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(buildBoardShop()));
}

/**
 * `prepare` for a board that scrolls: the board shop plus 36 more technicians ("Extra Tech 00"…,
 * zone West, `tech-extra-<i>`), each with one job tomorrow (`job-extra-<i>`, J-2000…).
 */
export async function writeBusyShop(dataDir: string): Promise<void> {
  const doc = buildBoardShop();
  const day = tomorrow();
  const template = doc.jobs.find((j) => j.id === BOOKED)!;
  for (let i = 0; i < 36; i++) {
    const id = `tech-extra-${i}`;
    doc.technicians.push({ ...doc.technicians[0]!, id, name: `Extra Tech ${String(i).padStart(2, '0')}`, zone: 'West' });
    const hour = 7 + (i % 10);
    doc.jobs.push({
      ...template,
      id: `job-extra-${i}`,
      number: `J-${2000 + i}`,
      assignment: { technicianId: id, start: at(day, `${String(hour).padStart(2, '0')}:00`), end: at(day, `${String(hour + 1).padStart(2, '0')}:00`) },
    });
  }
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(doc));
}
