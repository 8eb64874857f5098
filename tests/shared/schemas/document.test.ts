import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyDocument, validateDocument } from '../../../shared/schemas/document';
import type { DispatchDocument } from '../../../shared/schemas/document';
import { makeCalendarFeed, makeContract, makeJob, makeTechnician } from '../../support/factories';

function withOneJob(): DispatchDocument {
  const doc = emptyDocument('Europe/London');
  doc.clients.push({ id: 'c1', name: 'Acme Dental', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9500 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' });
  doc.technicians.push(
    makeTechnician({
      id: 't1', name: 'Alex Chen', skills: ['networking'], zone: 'North',
      workingHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '16:30' }], dailyCapacityHours: 7,
    }),
  );
  doc.jobs.push(
    makeJob({
      id: 'j1', number: 'J-1001', clientId: 'c1', title: 'Internet down', category: 'network', requiredSkills: ['networking'], priority: 'P1',
      receivedAt: '2026-11-26T09:00:00Z', responseDueAt: '2026-11-26T10:00:00Z', resolutionDueAt: '2026-11-26T13:00:00Z',
      createdAt: '2026-11-26T09:00:00Z', updatedAt: '2026-11-26T09:00:00Z',
    }),
  );
  return doc;
}

describe('validateDocument', () => {
  it('accepts a fresh empty document with default SLA tiers', () => {
    const result = validateDocument(emptyDocument());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(result.value.slaPolicies.map((p) => p.id)).toEqual(['standard', 'priority', 'managed-24x7']);
    }
  });

  it('accepts a consistent document and keeps its data', () => {
    const result = validateDocument(structuredClone(withOneJob()));
    expect(result).toMatchObject({ ok: true, value: { jobs: [{ number: 'J-1001' }] } });
  });

  it('names the field that is wrong', () => {
    const doc = withOneJob() as unknown as { jobs: Array<Record<string, unknown>> };
    doc.jobs[0]!.priority = 'P9';
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^jobs\.0\.priority: /);
  });

  it('refuses a document from another schema version', () => {
    const result = validateDocument({ ...withOneJob(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('schemaVersion');
  });

  it('refuses dangling references and duplicate ids', () => {
    const doc = withOneJob();
    doc.jobs[0]!.assignment = { technicianId: 'ghost', start: '2026-11-26T10:00:00Z', end: '2026-11-26T11:00:00Z' };
    doc.clients.push({ ...doc.clients[0]! });
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('clients: duplicate id c1');
      expect(result.reason).toContain('job J-1001: unknown technician ghost');
    }
  });

  it('refuses a calendar feed of a technician who does not exist, and two feeds for one technician', () => {
    const doc = withOneJob();
    const ghost = makeCalendarFeed({ technicianId: 'ghost' });
    doc.calendarFeeds = [ghost, { ...ghost, issuedAt: '2026-03-02T09:00:00.000Z' }];
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('calendarFeeds: duplicate id ghost');
      expect(result.reason).toContain('calendar feed: unknown technician ghost');
    }
    doc.calendarFeeds = [makeCalendarFeed({ technicianId: doc.technicians[0]!.id })];
    expect(validateDocument(doc).ok).toBe(true);
  });

  it('refuses an assignment that ends before it starts', () => {
    const doc = withOneJob();
    doc.jobs[0]!.assignment = { technicianId: 't1', start: '2026-11-26T11:00:00Z', end: '2026-11-26T10:00:00Z' };
    const result = validateDocument(doc);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('jobs.0.assignment.end') });
  });
});
