/**
 * A small deterministic shop for the job panel and keyboard tests. Technicians
 * work 00:00–24:00 every day with 24 h capacity in a fixed zone, so the earliest free slot is
 * always "now, rounded up to the slot", whatever time of day the tests run.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyDocument } from '../../shared/schemas/document';
import type { Job } from '../../shared/schemas/job';
import { makeJob, makeTechnician, makeContract } from '../support/factories';

export const SHOP_ZONE = 'Europe/London';

const allDay = [{ days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' }];

function job(n: number, overrides: Partial<Job>): Job {
  const at = '2026-01-05T09:00:00.000Z';
  return makeJob({
    id: `job-${n}`,
    number: `J-${n}`,
    clientId: 'c-harbour',
    title: `Job ${n}`,
    category: 'other',
    receivedAt: at,
    history: [{ at, by: 'dispatcher', action: 'created', detail: `Created for Harbour Dental` }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  });
}

/** Write the shop into `dataDir` as the host's data file (`dispatch.json`). */
export async function writeJobShop(dataDir: string): Promise<void> {
  const doc = emptyDocument(SHOP_ZONE);
  doc.settings.sampleOffered = true;
  doc.settings.dayStart = '00:00';
  doc.settings.dayEnd = '24:00';
  doc.settings.slotMinutes = 15;
  doc.clients = [
    { id: 'c-harbour', name: 'Harbour Dental', contract: makeContract({ type: 'managed', hourlyRateMinor: 9500, includedCategories: ['hardware', 'software', 'network', 'printer', 'security', 'other'] }), blockTopUps: [], slaTier: 'standard', environmentNotes: 'Windows domain HD.local' },
    { id: 'c-other', name: 'Other Client Ltd', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 8000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' },
  ];
  doc.sites = [
    { id: 's-quay', clientId: 'c-harbour', name: 'Quay Street surgery', address: '14 Quay Street, Bristol', zone: 'West', accessNotes: 'Key at reception; alarm code from Megan' },
    { id: 's-north', clientId: 'c-harbour', name: 'North clinic', address: '2 Hill Road', zone: 'North', accessNotes: '' },
    { id: 's-other', clientId: 'c-other', name: 'Other HQ', address: '1 Elsewhere', zone: 'West', accessNotes: '' },
  ];
  doc.contacts = [
    { id: 'p-megan', clientId: 'c-harbour', name: 'Megan Doyle', phone: '01632 960102', email: 'megan@harbour.example' },
    { id: 'p-other', clientId: 'c-other', name: 'Olly Other', phone: '', email: '' },
  ];
  doc.technicians = [
    makeTechnician({ id: 'tech-alex', name: 'Alex Chen', skills: ['network', 'windows'], zone: 'North', colour: '#1f5f9e', workingHours: allDay, dailyCapacityHours: 24 }),
    makeTechnician({ id: 'tech-priya', name: 'Priya Shah', skills: ['printers', 'windows'], zone: 'West', colour: '#b71c1c', workingHours: allDay, dailyCapacityHours: 24 }),
  ];
  doc.jobs = [
    job(1001, { title: 'Reception PC will not boot', priority: 'P1', siteId: 's-quay', contactId: 'p-megan', requiredSkills: ['windows'] }),
    job(1002, { title: 'Switch dropping packets', priority: 'P2', siteId: 's-north', requiredSkills: ['network'], category: 'network' }),
    job(1003, { title: 'Label printer offline', priority: 'P3', siteId: 's-quay', contactId: 'p-megan', requiredSkills: ['printers'], category: 'printer' }),
  ];
  doc.nextJobNumber = 1004;
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(doc, null, 2));
}
