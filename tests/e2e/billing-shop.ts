/**
 * A shop with closed-out November 2026 visits to bill (London): Abbey Vets on time and materials
 * (£90/h, travel £40/h) with three visits — one running past closing, one with a part — and one in
 * December; Whitfield & Crane on block hours with 10 hours bought, two visits and a new call in the queue.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyDocument, validateDocument } from '../../shared/schemas/document';
import type { DispatchDocument } from '../../shared/schemas/document';
import { makeClient, makeContract, makeJob, makeTechnician, makeVisit } from '../support/factories';

export const ABBEY = 'c-abbey';
export const WHITFIELD = 'c-whitfield';

export function buildBillingShop(): DispatchDocument {
  const doc = emptyDocument('Europe/London');
  doc.settings.sampleOffered = true;
  doc.technicians = [makeTechnician({ id: 'tech-alex', name: 'Alex Chen' }), makeTechnician({ id: 'tech-bea', name: 'Bea Novak' })];
  doc.clients = [
    makeClient({ id: ABBEY, name: 'Abbey Vets', contract: makeContract({ travelBillable: true, travelRateMinor: 4000 }) }),
    makeClient({
      id: WHITFIELD,
      name: 'Whitfield & Crane',
      contract: makeContract({ type: 'block-hours', hourlyRateMinor: 11000 }),
      blockTopUps: [{ id: 'top-1', day: '2026-10-15', minutes: 600, note: 'Invoice 2041', recordedAt: '2026-10-15T09:00:00.000Z' }],
    }),
  ];
  const visit = (id: string, technicianId: string, day: string, from: string, to: string, extra: Partial<Parameters<typeof makeVisit>[0]> = {}) =>
    makeVisit({ id, technicianId, arrivedAt: `${day}T${from}:00.000Z`, departedAt: `${day}T${to}:00.000Z`, travelMinutes: 30, recordedAt: `${day}T18:00:00.000Z`, ...extra });
  const job = (id: string, number: string, clientId: string, visits: ReturnType<typeof makeVisit>[], extra: Partial<Parameters<typeof makeJob>[0]> = {}) =>
    makeJob({ id, number, clientId, status: 'done', title: `Work for ${number}`, receivedAt: '2026-11-02T09:00:00.000Z', createdAt: '2026-11-02T09:00:00.000Z', updatedAt: '2026-11-25T09:00:00.000Z', visits, ...extra });
  doc.jobs = [
    job('j-3001', 'J-3001', ABBEY, [visit('v-1', 'tech-alex', '2026-11-03', '10:00', '11:05'), visit('v-2', 'tech-alex', '2026-11-10', '17:30', '18:40')], { externalRef: 'VET-88' }),
    job('j-3002', 'J-3002', ABBEY, [
      visit('v-3', 'tech-bea', '2026-11-20', '09:00', '09:40', { travelMinutes: 0, parts: [{ partId: null, description: '=SSD 1 TB', quantity: 1, unitPriceMinor: 8999 }] }),
      visit('v-4', 'tech-bea', '2026-12-01', '09:00', '10:00'),
    ]),
    job('j-3003', 'J-3003', WHITFIELD, [visit('v-5', 'tech-alex', '2026-11-05', '09:00', '13:00'), visit('v-6', 'tech-bea', '2026-11-25', '14:00', '18:30')]),
    // A new call from the block-hours client, waiting in the queue.
    makeJob({ id: 'j-3004', number: 'J-3004', clientId: WHITFIELD, title: 'Partner laptop will not dock', receivedAt: '2026-12-09T08:00:00.000Z', createdAt: '2026-12-09T08:00:00.000Z', updatedAt: '2026-12-09T08:00:00.000Z' }),
  ];
  doc.nextJobNumber = 3005;
  const checked = validateDocument(doc);
  if (!checked.ok) throw new Error(`The billing fixture is not valid: ${checked.reason}`);
  return checked.value;
}

/** `prepare` for the host fixture: write the shop into the data folder. */
export async function writeBillingShop(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(buildBillingShop()));
}
