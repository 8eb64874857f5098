/**
 * A shop at a peak, for the "does the screen hold it" tests: sixteen technicians in three zones,
 * working 07:00–19:00 every day, a few bookings on the day, and forty-four unassigned jobs in the
 * queue (four of them P1, which raise the urgent banner once `raisePeakBanner` posts another P1
 * through the intake API).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dayOf, instantAt } from '../../shared/domain/jobs';
import { emptyDocument, validateDocument } from '../../shared/schemas/document';
import { makeJob, makeTechnician, makeContract } from '../support/factories';
import type { Host } from './fixtures';
import { intakeOf, postJob } from './intake-support';
import { testNow, testZone } from './test-clock';

const NAMES = [
  'Ada Byrne', 'Bo Chen', 'Cal Diaz', 'Dana Eze', 'Eli Fox', 'Fay Gill', 'Gus Hart', 'Hal Iqbal',
  'Ivy Jones', 'Jo Kato', 'Kit Lowe', 'Lou Moss', 'Mo Nash', 'Ned Orr', 'Oli Park', 'Pat Quinn',
];
const ZONES = ['Central', 'East', 'West'];
export const PEAK_TECHS = NAMES.map((_, i) => `peak-tech-${String(i + 1).padStart(2, '0')}`);
export const PEAK_QUEUE = 44;
/** A booked job of one hour on the first technician's row (09:00 today). */
export const SHORT_JOB = 'peak-booked-short';
/** A booked job of four hours on the second technician's row, on hold (waiting on the customer). */
export const LONG_HELD_JOB = 'peak-booked-long';
/** A 30-minute job on the third technician's row, on hold. */
export const TINY_HELD_JOB = 'peak-booked-tiny';

export function buildPeakShop(now = testNow(), zone = testZone()) {
  const doc = emptyDocument(zone);
  doc.settings.sampleOffered = true;
  doc.technicians = NAMES.map((name, i) =>
    makeTechnician({
      id: PEAK_TECHS[i]!,
      name,
      skills: ['windows', 'network'],
      zone: ZONES[i % 3]!,
      workingHours: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '07:00', end: '19:00' }],
      dailyCapacityHours: 8,
    }),
  );
  doc.clients = [
    { id: 'c-1', name: 'Harbour Dental', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' },
    { id: 'c-2', name: 'Northgate Veterinary Partners', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' },
  ];
  const received = new Date(now.getTime() - 30 * 60_000).toISOString();
  const stamp = { receivedAt: received, createdAt: received, updatedAt: received };
  doc.jobs = [];
  for (let n = 1; n <= PEAK_QUEUE; n += 1) {
    doc.jobs.push(
      makeJob({
        id: `peak-q${n}`,
        number: `J-${5000 + n}`,
        clientId: n % 2 ? 'c-1' : 'c-2',
        title: `Peak call ${n}`,
        priority: n <= 4 ? 'P1' : n <= 14 ? 'P2' : 'P3',
        ...stamp,
      }),
    );
  }
  const day = dayOf(now, zone);
  const book = (id: string, number: string, tech: string, from: string, to: string, extra: Partial<Parameters<typeof makeJob>[0]> = {}) =>
    makeJob({
      id,
      number,
      clientId: 'c-2',
      title: 'Replace the practice server RAID disk',
      priority: 'P2',
      status: 'scheduled',
      assignment: { technicianId: tech, start: instantAt(day, from, zone).toISOString(), end: instantAt(day, to, zone).toISOString() },
      ...stamp,
      ...extra,
    });
  doc.jobs.push(
    book(SHORT_JOB, 'J-4001', PEAK_TECHS[0]!, '11:00', '12:00'),
    book(LONG_HELD_JOB, 'J-4002', PEAK_TECHS[1]!, '11:00', '15:00', { status: 'on-hold', statusReason: 'waiting-customer' }),
    book(TINY_HELD_JOB, 'J-4003', PEAK_TECHS[2]!, '11:00', '11:30', { status: 'on-hold', statusReason: 'waiting-customer' }),
  );
  doc.nextJobNumber = 6000;
  const checked = validateDocument(doc);
  if (!checked.ok) throw new Error(`The peak fixture is not valid: ${checked.reason}`);
  return checked.value;
}

/** `prepare` for the host fixture. */
export async function writePeakShop(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(buildPeakShop()));
}

/** A new P1 through the intake API: the urgent banner comes up, as at a real peak. */
export async function raisePeakBanner(host: Host): Promise<void> {
  const answer = await postJob(intakeOf(host), { client: 'Harbour Dental', title: 'Whole office offline', priority: 'P1', category: 'network' });
  if (answer.status !== 201 && answer.status !== 200) throw new Error(`Posting the P1 failed: ${JSON.stringify(answer.json)}`);
}
