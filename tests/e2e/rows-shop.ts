/**
 * A shop for the row-geometry tests: twelve technicians in three zones (fifteen board rows, more
 * than fit on the board at 1920×1080, so it scrolls), everyone working 07:00–19:00 every day, and
 * a queue of P3 jobs to drop. Nothing is booked in the file: the tests book the busy rows through
 * the API once the board shows its day (`bookBusyRows`), so the bookings are on the day on screen
 * whatever the clock of the page or the host says.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyDocument, validateDocument } from '../../shared/schemas/document';
import { makeJob, makeTechnician, makeContract } from '../support/factories';
import { at } from './board-shop';
import type { Host } from './fixtures';
import { testNow, testZone } from './test-clock';

const NAMES = ['Ada Byrne', 'Bo Chen', 'Cal Diaz', 'Dana Eze', 'Eli Fox', 'Fay Gill', 'Gus Hart', 'Hal Iqbal', 'Ivy Jones', 'Jo Kato', 'Kit Lowe', 'Lou Moss'];
const ZONES = ['Central', 'East', 'West'];

/** `tech-01` … `tech-12`, in board order (Central 1–4, East 5–8, West 9–12). */
export const TECHS = NAMES.map((_, i) => `tech-${String(i + 1).padStart(2, '0')}`);
/**
 * Rows with bookings on the shown day (see `bookBusyRows`); the rest are empty. Tech 6 has two
 * overlapping jobs, so its row is two events tall.
 */
export const BUSY = new Set(['tech-01', 'tech-03', 'tech-06', 'tech-10', 'tech-12']);
/** Queue jobs `J-2001` … `J-2030`, P3, 60 minutes, no skills needed. */
export const QUEUE_SIZE = 30;
export const queueNumber = (n: number) => `J-${2000 + n}`;
export const queueId = (n: number) => `job-q${n}`;

export function buildRowsShop(now = testNow()) {
  const doc = emptyDocument(testZone());
  doc.settings.sampleOffered = true;
  doc.technicians = NAMES.map((name, i) =>
    makeTechnician({
      id: TECHS[i]!,
      name,
      skills: ['windows'],
      zone: ZONES[Math.floor(i / 4)]!,
      workingHours: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '07:00', end: '19:00' }],
      dailyCapacityHours: 8,
    }),
  );
  doc.clients = [{ id: 'c-1', name: 'Harbour Dental', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' }];
  const received = new Date(now.getTime() - 3600_000).toISOString();
  doc.jobs = [];
  for (let n = 1; n <= QUEUE_SIZE; n += 1) {
    // Response due further out for each job, so the queue lists them in number order.
    const due = (days: number) => new Date(now.getTime() + (days * 24 + n) * 3600_000).toISOString();
    doc.jobs.push(
      makeJob({ id: queueId(n), number: queueNumber(n), clientId: 'c-1', title: `Queued job ${n}`, receivedAt: received, createdAt: received, updatedAt: received, responseDueAt: due(7), resolutionDueAt: due(14) }),
    );
  }
  // Jobs for the busy rows, booked by `bookBusyRows`.
  for (const [i, id] of [...BUSY, 'tech-06'].entries()) {
    doc.jobs.push(makeJob({ id: `job-b${i}`, number: `J-${3000 + i}`, clientId: 'c-1', title: `Booked for ${id}`, priority: 'P4', receivedAt: received, createdAt: received, updatedAt: received }));
  }
  doc.nextJobNumber = 4000;
  const checked = validateDocument(doc);
  if (!checked.ok) throw new Error(`The rows fixture is not valid: ${checked.reason}`);
  return checked.value;
}

/** `prepare` for the host fixture. */
export async function writeRowsShop(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(buildRowsShop()));
}

/** Book the busy rows on `day`, 09:00–10:30 (tech 6 twice, overlapping), through the API. */
export async function bookBusyRows(host: Host, day: string): Promise<void> {
  for (const [i, technicianId] of [...BUSY, 'tech-06'].entries()) {
    const start = at(day, i === BUSY.size ? '09:30' : '09:00');
    const booked = await host.call('schedule:assign', { jobId: `job-b${i}`, technicianId, start, end: at(day, i === BUSY.size ? '11:00' : '10:30') });
    if (!booked.ok) throw new Error(`Booking job-b${i} failed: ${booked.error.message}`);
  }
}
