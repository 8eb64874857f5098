import { describe, expect, it } from 'vitest';
import { clientDraft, jobDraft, technicianDraft } from '../../../shared/import/drafts';
import { defaultSlaPolicies } from '../../../shared/domain/sla-defaults';
import { makeContract } from '../../support/factories';

const ctx = { timeZone: 'Europe/London', now: new Date('2026-11-26T12:00:00Z'), slaPolicies: defaultSlaPolicies() };

describe('jobDraft', () => {
  it('builds a jobs:create input with defaults', () => {
    const d = jobDraft({ client: 'Abbey', title: ' Printer jammed ', priority: 'p2', skills: 'printers;Windows' }, ctx);
    expect(d).toEqual({
      ok: true,
      draft: {
        client: 'Abbey',
        site: null,
        contact: null,
        closed: false,
        input: expect.objectContaining({
          title: 'Printer jammed',
          priority: 'P2',
          category: 'other',
          estimateMinutes: 60,
          requiredSkills: ['printers', 'windows'],
          externalRef: null,
        }),
      },
    });
  });

  it('reads budget hours as the estimate and a closed status as a finished ticket', () => {
    const d = jobDraft({ client: 'Abbey', title: 'Old ticket', priority: 'P4', estimate_hours: '1.5', status: 'Resolved' }, ctx);
    expect(d).toMatchObject({ ok: true, draft: { closed: true, input: { estimateMinutes: 90 } } });
    const open = jobDraft({ client: 'Abbey', title: 'New ticket', priority: 'P4', estimate: '30', estimate_hours: '2', status: 'In Progress' }, ctx);
    expect(open).toMatchObject({ ok: true, draft: { closed: false, input: { estimateMinutes: 30 } } });
  });

  it('folds a title wrapped over lines in its cell into one line; refuses one with nothing visible', () => {
    const wrapped = jobDraft({ client: 'Abbey', title: 'Printer jammed\r\n  on the second floor\nagain', priority: 'P2' }, ctx);
    expect(wrapped).toMatchObject({ ok: true, draft: { input: { title: 'Printer jammed on the second floor again' } } });
    const invisible = jobDraft({ client: 'Abbey', title: '\u200B\u200B', priority: 'P2' }, ctx);
    expect(invisible).toMatchObject({ ok: false, issues: [{ field: 'title', message: 'must contain visible text' }] });
    const ancient = jobDraft({ client: 'Abbey', title: 'Old ticket', priority: 'P2', received_at: '1999-12-31 09:00' }, ctx);
    expect(ancient).toMatchObject({ ok: false, issues: [{ field: 'received_at' }] });
    const bell = jobDraft({ client: 'Abbey', title: 'Printer\u0007', priority: 'P2' }, ctx);
    expect(bell).toMatchObject({ ok: false, issues: [{ field: 'title' }] });
  });

  it('names every bad field with the CSV column', () => {
    const d = jobDraft({ client: '', title: '', priority: 'P9', estimate: '2 min', category: 'plumbing' }, ctx);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.issues.map((i) => i.field).sort()).toEqual(['category', 'client', 'estimate', 'priority', 'title']);
    expect(d.issues.find((i) => i.field === 'estimate')?.message).toBe('at least 5 minutes');
  });
});

describe('clientDraft', () => {
  it('makes a client with a first site and contact, resolving the tier by name', () => {
    const d = clientDraft(
      { name: 'Abbey Vets', sla_tier: 'Priority (extended hours)', hourly_rate: '£80', address: '1 High St', zone: 'North', contact: 'Jo', email: 'jo@abbey.example' },
      ctx,
    );
    expect(d).toEqual({
      ok: true,
      draft: {
        client: { name: 'Abbey Vets', contract: makeContract({ hourlyRateMinor: 8000 }), slaTier: 'priority', environmentNotes: '' },
        site: { name: 'Main site', address: '1 High St', zone: 'North', accessNotes: '' },
        contact: { name: 'Jo', phone: '', email: 'jo@abbey.example' },
      },
    });
  });

  it('refuses an unknown tier, a bad e-mail and a phone without a contact', () => {
    const d = clientDraft({ name: 'X', sla_tier: 'gold', hourly_rate: '10', phone: '0123' }, ctx);
    expect(d.ok ? [] : d.issues.map((i) => i.field)).toEqual(['sla_tier', 'contact']);
    const e = clientDraft({ name: 'X', hourly_rate: '10', contact: 'Jo', email: 'not-mail' }, ctx);
    expect(e.ok ? [] : e.issues).toEqual([{ field: 'email', message: 'expected an e-mail address' }]);
  });
});

describe('technicianDraft', () => {
  it('defaults colour, hours and capacity', () => {
    const d = technicianDraft({ name: 'Alex', working_hours: 'Mon-Thu 08:00-16:30; Fri 08:00-12:00' }, { ...ctx, index: 0 });
    expect(d).toEqual({
      ok: true,
      draft: expect.objectContaining({ name: 'Alex', colour: '#1f5f9e', dailyCapacityHours: 8.5, skills: [], zone: '' }),
    });
  });

  it('reports a bad capacity and colour', () => {
    const d = technicianDraft({ name: 'Alex', colour: 'blue', daily_capacity_hours: '30' }, { ...ctx, index: 0 });
    expect(d.ok ? [] : d.issues.map((i) => i.field)).toEqual(['colour', 'daily_capacity_hours']);
  });
});
