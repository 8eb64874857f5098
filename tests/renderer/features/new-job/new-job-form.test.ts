import { describe, expect, it } from 'vitest';
import { emptyDraft, errorsFromIssues, isDirty, toCreateInput, withCategory, withClient } from '../../../../renderer/src/features/new-job/new-job-form';
import type { Contact, Site } from '../../../../shared/schemas/client';

const sites: Site[] = [
  { id: 's1', clientId: 'c1', name: 'Main', address: '', zone: '', accessNotes: '' },
  { id: 's2', clientId: 'c1', name: 'Annex', address: '', zone: '', accessNotes: '' },
];
const contacts: Contact[] = [
  { id: 'p1', clientId: 'c1', name: 'Megan', phone: '', email: '' },
  { id: 'p2', clientId: 'c2', name: 'Tom', phone: '', email: '' },
  { id: 'p3', clientId: 'c2', name: 'Ann', phone: '', email: '' },
];

describe('quick-call form model', () => {
  it('starts as a P3 with the default category, and is not dirty', () => {
    const d = emptyDraft();
    expect(d).toMatchObject({ priority: 'P3', category: 'other', estimate: '60', clientId: null });
    expect(isDirty(d)).toBe(false);
  });

  it('picking a client fills the usual site and an only contact', () => {
    const jobs = [{ clientId: 'c1', siteId: 's2', receivedAt: '2026-01-01T00:00:00Z' }];
    expect(withClient(emptyDraft(), 'c1', sites, contacts, jobs)).toMatchObject({ clientId: 'c1', siteId: 's2', contactId: 'p1' });
    // Two contacts: the dispatcher must say which; no site: none.
    expect(withClient(emptyDraft(), 'c2', sites, contacts, [])).toMatchObject({ siteId: null, contactId: null });
  });

  it('a category fills estimate and skills unless they were edited by hand', () => {
    const printer = withCategory(emptyDraft(), 'printer');
    expect(printer).toMatchObject({ estimate: '45', skills: 'printers' });
    const edited = { ...printer, estimate: '30', edited: { skills: false, estimate: true } };
    expect(withCategory(edited, 'network')).toMatchObject({ estimate: '30', skills: 'networking' });
  });

  it('turns the draft into a jobs:create input, or names the fields to fix', () => {
    expect(toCreateInput(emptyDraft())).toEqual({
      ok: false,
      errors: { clientId: 'Pick the client who is calling.', title: 'Say in a few words what is wrong.' },
    });
    const d = { ...withCategory(emptyDraft(), 'network'), clientId: 'c1', siteId: 's1', title: '  Wi-Fi down ', priority: 'P1' as const, skills: 'Networking, cabling,, networking' };
    expect(toCreateInput(d)).toEqual({
      ok: true,
      input: { clientId: 'c1', siteId: 's1', contactId: null, title: 'Wi-Fi down', description: '', category: 'network', priority: 'P1', requiredSkills: ['networking', 'cabling'], estimateMinutes: 90 },
    });
    expect(toCreateInput({ ...d, estimate: '4' })).toMatchObject({ ok: false, errors: { estimate: expect.any(String) } });
    expect(toCreateInput({ ...d, estimate: '1.5h' })).toMatchObject({ ok: false });
  });

  it('refuses a problem shorter than three visible characters, counting letters not UTF-16 units', () => {
    const d = { ...emptyDraft(), clientId: 'c1' };
    expect(toCreateInput({ ...d, title: ' 1 ' })).toEqual({ ok: false, errors: { title: 'Describe the problem in at least 3 characters.' } });
    expect(toCreateInput({ ...d, title: '🖨️' })).toMatchObject({ ok: false });
    expect(toCreateInput({ ...d, title: 'PC?' })).toMatchObject({ ok: true });
  });

  it('maps the host’s field issues onto the form', () => {
    expect(errorsFromIssues([{ path: 'title', message: 'required' }, { path: 'estimateMinutes', message: 'at least 5 minutes' }])).toEqual({
      title: 'required',
      estimate: 'at least 5 minutes',
    });
  });
});
