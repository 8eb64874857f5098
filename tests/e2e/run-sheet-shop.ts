/**
 * A deterministic busy day for the run-sheet tests: 8 technicians on Thursday 26 November 2026
 * (London), 12 visits for Alex Chen, a few for everyone else, one technician on time off with
 * nothing booked. Every visit has its own client, site address and phone, so the PDF text can be
 * checked visit by visit.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyDocument, validateDocument } from '../../shared/schemas/document';
import type { DispatchDocument } from '../../shared/schemas/document';
import { makeJob, makeTechnician, makeContract } from '../support/factories';

export const DAY = '2026-11-26';
export const ALEX = 'tech-alex';
export const OFF = 'tech-off';

const NAMES = ['Alex Chen', 'Bea Novak', 'Carl Mensah', 'Dana Ruiz', 'Eli Haddad', 'Fay Okafor', 'Gus Lindqvist', 'Hana Ito'];

export type Visit = { number: string; technicianId: string; start: string; end: string; address: string; phone: string; client: string };

/** Jobs per technician: Alex has 12 (starting 07:30 every 45 minutes), the others 3 each, except Hana (none: time off). */
export function buildRunSheetShop(): { doc: DispatchDocument; visits: Visit[] } {
  const doc = emptyDocument('Europe/London');
  doc.settings.sampleOffered = true;
  const hours = [{ days: [1, 2, 3, 4, 5], start: '07:30', end: '17:30' }];
  doc.technicians = NAMES.map((name, i) =>
    makeTechnician({
      id: i === 0 ? ALEX : i === 7 ? OFF : `tech-${i}`,
      name,
      skills: ['windows', i % 2 ? 'printers' : 'networking'],
      zone: i < 4 ? 'North' : 'South',
      colour: '#1f5f9e',
      workingHours: hours,
      timeOff: i === 7 ? [{ start: DAY, end: DAY, reason: 'Annual leave' }] : [],
      dailyCapacityHours: 8,
    }),
  );
  const visits: Visit[] = [];
  let n = 2000;
  const book = (technicianId: string, startMinute: number, minutes: number) => {
    const id = `job-${n}`;
    const number = `J-${n}`;
    const client = `Client ${n} Ltd`;
    const address = `${n - 1900} Harbour Road, Bristol BS${n % 9} ${n % 7}AB`;
    const phone = `0117 496 ${String(n).padStart(4, '0')}`;
    doc.clients.push({ id: `c-${n}`, name: client, contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' });
    doc.sites.push({ id: `s-${n}`, clientId: `c-${n}`, name: `Office ${n}`, address, zone: '', accessNotes: n % 3 === 0 ? 'Ring bell at side door; alarm code with reception' : '' });
    doc.contacts.push({ id: `p-${n}`, clientId: `c-${n}`, name: `Contact ${n}`, phone, email: '' });
    const start = new Date(Date.UTC(2026, 10, 26, 0, startMinute)).toISOString();
    const end = new Date(Date.UTC(2026, 10, 26, 0, startMinute + minutes)).toISOString();
    const job = makeJob({
      id,
      number,
      clientId: `c-${n}`,
      siteId: `s-${n}`,
      contactId: `p-${n}`,
      title: `Fault report ${n}: workstation will not reach the file server`,
      description: n % 2 === 0 ? 'Users on the first floor lose the mapped drive after lunch. Started Monday; switch replaced last month.' : '',
      category: 'network',
      requiredSkills: ['networking'],
      priority: (['P1', 'P2', 'P3', 'P4'] as const)[n % 4]!,
      status: 'scheduled',
      receivedAt: '2026-11-25T09:00:00.000Z',
      responseDueAt: '2026-11-26T12:00:00.000Z',
      resolutionDueAt: '2026-11-27T17:00:00.000Z',
      estimateMinutes: minutes,
      assignment: { technicianId, start, end },
      notes: n % 4 === 1 ? 'Bring a spare 24-port switch (in van stock)' : '',
      createdAt: '2026-11-25T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    doc.jobs.push(job);
    visits.push({ number, technicianId, start, end, address, phone, client });
    n += 1;
  };
  // Booked out of order on purpose: the sheet must sort them. Alex's two 13:30 visits tie on start.
  const alexStarts = [810, 450, 495, 540, 585, 630, 675, 720, 765, 855, 900, 810];
  alexStarts.forEach((m) => book(ALEX, m, 40));
  for (let t = 1; t < 7; t++) for (const m of [600, 480, 720]) book(`tech-${t}`, m, 60);
  doc.nextJobNumber = n;
  const checked = validateDocument(doc);
  if (!checked.ok) throw new Error(`The run-sheet fixture is not valid: ${checked.reason}`);
  return { doc: checked.value, visits };
}

/** `prepare` for the host fixture: write the shop into the data folder. */
export async function writeRunSheetShop(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(buildRunSheetShop().doc));
}
