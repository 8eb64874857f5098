/**
 * The board shop at a peak: ten urgent unassigned jobs (P1s and P2s at every SLA state) besides
 * its two quiet queued jobs, with sites in two zones, for the banner and queue-order tests.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateDocument } from '../../shared/schemas/document';
import type { Job } from '../../shared/schemas/job';
import type { Priority } from '../../shared/schemas/common';
import { buildBoardShop } from './board-shop';
import { testNow } from './test-clock';

const MIN = 60_000;

/** [id, number, priority, received minutes ago, response due in minutes, site] */
const URGENT: [string, string, Priority, number, number, string | null][] = [
  ['u-breached-p2', 'J-2001', 'P2', 60, -10, 'site-north'], // breached, 10 min over
  ['u-new-p1', 'J-2002', 'P1', 10, 50, null], // new P1, on time
  ['u-risk-p1', 'J-2003', 'P1', 70, 20, 'site-south'], // at risk, 20 min left
  ['u-risk-p3', 'J-2004', 'P3', 60, 5, 'site-north'], // at risk, 5 min left
  ['u-breached-p1', 'J-2005', 'P1', 90, -5, null], // breached, 5 min over
  ['u-p1-a', 'J-2006', 'P1', 10, 180, null],
  ['u-p1-b', 'J-2007', 'P1', 10, 180, null],
  ['u-p1-c', 'J-2008', 'P1', 10, 180, null],
  ['u-p1-d', 'J-2009', 'P1', 10, 180, null],
  ['u-p1-e', 'J-2010', 'P1', 10, 180, null],
];

/** The banner's order: P1s by time left (overdue first), then the rest by time left. */
export const BANNER_ORDER = ['J-2005', 'J-2003', 'J-2002', 'J-2006', 'J-2007', 'J-2008', 'J-2009', 'J-2010', 'J-2001', 'J-2004'];
/** The queue's default order: breached (most overdue first), then P1s by time left, then the rest. */
export const QUEUE_ORDER = ['J-2001', 'J-2005', 'J-2003', 'J-2002', 'J-2006', 'J-2007', 'J-2008', 'J-2009', 'J-2010', 'J-2004', 'J-1001', 'J-1002'];

export async function writePeakShop(dataDir: string): Promise<void> {
  const now = testNow();
  const doc = buildBoardShop(now);
  doc.sites = [
    { id: 'site-north', clientId: 'c-1', name: 'Harbour north', address: '1 Quay St', zone: 'North', accessNotes: '' },
    { id: 'site-south', clientId: 'c-1', name: 'Harbour south', address: '9 Dock Rd', zone: 'South', accessNotes: '' },
  ];
  // A long client name and a job received yesterday: the widest texts of their columns.
  doc.clients[0]!.name = 'Whitfield & Crane Solicitors LLP';
  const printer = doc.jobs.find((j) => j.number === 'J-1002')!;
  printer.receivedAt = printer.createdAt = printer.updatedAt = new Date(now.getTime() - 26 * 60 * MIN).toISOString();
  const template = doc.jobs[0]!;
  const at = (minutes: number) => new Date(now.getTime() + minutes * MIN).toISOString();
  doc.jobs.push(
    ...URGENT.map(([id, number, priority, ago, due, siteId]): Job => ({
      ...template,
      id,
      number,
      priority,
      siteId,
      title: `Urgent ${number}`,
      requiredSkills: [],
      receivedAt: at(-ago),
      createdAt: at(-ago),
      updatedAt: at(-ago),
      responseDueAt: at(due),
      resolutionDueAt: at(24 * 60),
    })),
  );
  doc.nextJobNumber = 2011;
  const checked = validateDocument(doc);
  if (!checked.ok) throw new Error(`The peak shop is not valid: ${checked.reason}`);
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(checked.value));
}
