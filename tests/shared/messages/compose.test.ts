import { describe, expect, it } from 'vitest';
import { composeMessage, formatArrivalWindow, messageFields } from '../../../shared/messages/compose';
import type { MessageContext } from '../../../shared/messages/compose';
import { defaultMessageSettings } from '../../../shared/schemas/messages';
import { bookedJob, makeSmtpSettings } from '../../support/factories';

function context(overrides: Partial<MessageContext> = {}): MessageContext {
  return {
    job: bookedJob('job-1', 'J-1042', '2026-03-29T08:30:00.000Z', '2026-03-29T10:00:00.000Z', { title: 'Switch dropping packets' }),
    client: { name: 'Harbour Dental' },
    site: { name: 'Quay Street surgery', address: '14 Quay Street, Bristol' },
    contact: { name: 'Megan Doyle', email: 'megan@harbour.example' },
    technician: { name: 'Alex Chen' },
    timeZone: 'Europe/London',
    settings: { ...defaultMessageSettings(), smtp: makeSmtpSettings() },
    ...overrides,
  };
}

describe('messageFields', () => {
  it('reads the booking in the shop zone, across the spring DST change', () => {
    // 08:30Z on 29 March 2026 is 09:30 British Summer Time; the window ends 11:30 BST.
    const values = messageFields(context());
    expect(values).toMatchObject({ arrivalDay: 'Sunday 29 March 2026', arrivalWindow: '09:30 and 11:30', shopName: 'FixIt IT Services' });
  });

  it('the same instant in New York is the previous evening', () => {
    const job = bookedJob('job-1', 'J-1042', '2026-03-29T02:30:00.000Z', '2026-03-29T03:30:00.000Z');
    expect(messageFields(context({ job, timeZone: 'America/New_York' }))).toMatchObject({ arrivalDay: 'Saturday 28 March 2026', arrivalWindow: '22:30 and 00:30' });
  });

  it('greets "there" without a contact and leaves booking fields out for an unbooked job', () => {
    const job = { ...context().job, assignment: null };
    const values = messageFields(context({ job, contact: null, technician: null }));
    expect(values.contactName).toBe('there');
    expect(values).not.toHaveProperty('arrivalDay');
    expect(values).not.toHaveProperty('technicianName');
  });

  it('takes the summary from the latest visit unless the dispatcher wrote one', () => {
    const visit = (workDone: string, arrivedAt: string) => ({
      id: arrivedAt, technicianId: 'tech-sam', arrivedAt, departedAt: '2026-03-30T12:00:00.000Z', travelMinutes: 10, workDone, parts: [], signedBy: '', outcome: 'done' as const, followUpJobId: null, billedBatchId: null, recordedAt: arrivedAt,
    });
    const job = { ...context().job, visits: [visit('First look', '2026-03-29T09:00:00.000Z'), visit('Replaced the switch', '2026-03-30T09:00:00.000Z')] };
    expect(messageFields(context({ job })).visitSummary).toBe('Replaced the switch');
    expect(messageFields(context({ job, visitSummary: 'All working again' })).visitSummary).toBe('All working again');
  });
});

describe('composeMessage', () => {
  it('gives an exact time when the shop promises no window', () => {
    expect(formatArrivalWindow(new Date('2026-12-09T09:00:00Z'), 0, 'Europe/London')).toBe('09:00');
  });

  it('renders subject and body and collects unknown and missing fields from both', () => {
    const out = composeMessage({ subject: '{{jobNumber}} {{oops}}', body: '{{newArrivalTime}} {{oops}} {{other}}' }, messageFields(context()));
    expect(out).toEqual({ subject: 'J-1042 {{oops}}', body: ' {{oops}} {{other}}', unknown: ['oops', 'other'], missing: ['newArrivalTime'] });
  });
});
