import { describe, expect, it } from 'vitest';
import { emptyDocument, validateDocument } from '../../../shared/schemas/document';
import { MaintenancePlanCreateSchema, MaintenancePlanUpdateSchema, OccurrenceChangeSchema, RecurrenceRuleSchema } from '../../../shared/schemas/maintenance';
import { makeClient, makeContract, makeMaintenancePlan } from '../../support/factories';

function docWith(plans = [makeMaintenancePlan()]) {
  const doc = emptyDocument('UTC');
  doc.clients = [makeClient({ name: 'Harbour Dental', contract: makeContract({ type: 'managed' }) })];
  doc.sites = [{ id: 'site-1', clientId: 'client-1', name: 'Main', address: '', zone: '', accessNotes: '' }];
  doc.maintenancePlans = plans;
  return doc;
}

describe('maintenance plans in the document', () => {
  it('accepts a plan of a known client and site, and reads a file without plans as none', () => {
    expect(validateDocument(docWith([makeMaintenancePlan({ siteId: 'site-1' })])).ok).toBe(true);
    const { maintenancePlans: _plans, ...older } = docWith();
    const read = validateDocument(older);
    expect(read.ok && read.value.maintenancePlans).toEqual([]);
  });

  it('refuses a plan of an unknown client or site, and a plan id twice', () => {
    const reasons = [
      docWith([makeMaintenancePlan({ clientId: 'nobody' })]),
      docWith([makeMaintenancePlan({ siteId: 'gone' })]),
      docWith([makeMaintenancePlan(), makeMaintenancePlan()]),
    ].map((d) => {
      const r = validateDocument(d);
      return r.ok ? 'ok' : r.reason;
    });
    expect(reasons).toEqual(['maintenance plan plan-1: unknown client nobody', 'maintenance plan plan-1: unknown site gone', 'maintenancePlans: duplicate id plan-1']);
  });
});

describe('maintenance inputs', () => {
  const input = { clientId: 'c1', title: 'Monthly check', estimateMinutes: 60, rule: 'FREQ=MONTHLY;BYDAY=+1TU', startDay: '2026-12-01', windowStart: '09:00', windowEnd: '12:00' };

  it('fills P4, the maintenance category and 14 days of lead time', () => {
    expect(MaintenancePlanCreateSchema.parse(input)).toMatchObject({ priority: 'P4', category: 'maintenance', leadDays: 14, active: true, siteId: null, endDay: null });
  });

  it('refuses a window that ends before it starts, an end before the start, unknown fields and a malformed rule', () => {
    expect(MaintenancePlanCreateSchema.safeParse({ ...input, windowEnd: '08:00' }).success).toBe(false);
    expect(MaintenancePlanCreateSchema.safeParse({ ...input, endDay: '2026-11-01' }).success).toBe(false);
    expect(MaintenancePlanCreateSchema.safeParse({ ...input, createdThrough: '2030-01-01' }).success).toBe(false);
    expect(RecurrenceRuleSchema.safeParse('DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY').success).toBe(false);
    expect(RecurrenceRuleSchema.safeParse('RRULE:FREQ=MONTHLY;BYDAY=+1TU').success).toBe(true);
  });

  it('an update patch carries only what it names; a move needs a day and a skip takes none', () => {
    expect(MaintenancePlanUpdateSchema.parse({ id: 'p', patch: { title: 'New name' } })).toEqual({ id: 'p', patch: { title: 'New name' }, applyToCreated: false });
    expect(MaintenancePlanUpdateSchema.safeParse({ id: 'p', patch: { windowStart: '13:00', windowEnd: '12:00' } }).success).toBe(false);
    expect(OccurrenceChangeSchema.safeParse({ planId: 'p', date: '2026-12-01', action: 'move' }).success).toBe(false);
    expect(OccurrenceChangeSchema.safeParse({ planId: 'p', date: '2026-12-01', action: 'skip', to: '2026-12-02' }).success).toBe(false);
    expect(OccurrenceChangeSchema.parse({ planId: 'p', date: '2026-12-01', action: 'skip' })).toMatchObject({ to: null, reason: '' });
  });
});
