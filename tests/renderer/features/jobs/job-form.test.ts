import { describe, expect, it } from 'vitest';
import { changedFields, draftOf, fieldErrorsFrom, parseSkills, patchFrom, rebaseDraft } from '../../../../renderer/src/features/jobs/job-form';
import { makeJob } from '../../../support/factories';

const job = makeJob({ title: 'Printer jams', requiredSkills: ['printers'], siteId: 's1', contactId: null, estimateMinutes: 60 });

describe('draftOf / patchFrom', () => {
  it('turns a job into text fields and back, sending only what changed', () => {
    const draft = draftOf(job);
    expect(draft).toMatchObject({ title: 'Printer jams', requiredSkills: 'printers', estimateMinutes: '60', siteId: 's1', contactId: '' });
    expect(patchFrom(draft, job)).toEqual({ patch: {}, errors: {} });
    const edited = { ...draft, title: 'Printer jams on tray 2', requiredSkills: 'Printers, network, printers', estimateMinutes: ' 90 ', siteId: '', contactId: 'p1' };
    expect(patchFrom(edited, job)).toEqual({
      patch: { title: 'Printer jams on tray 2', requiredSkills: ['printers', 'network'], estimateMinutes: 90, siteId: null, contactId: 'p1' },
      errors: {},
    });
  });

  it('refuses an estimate that is not whole minutes without sending anything', () => {
    for (const text of ['an hour', '1.5', '', '-5']) {
      expect(patchFrom({ ...draftOf(job), estimateMinutes: text }, job)).toEqual({ patch: {}, errors: { estimateMinutes: 'enter whole minutes, e.g. 90' } });
    }
  });

  it('leaves the other rules to the host (an empty title is sent and refused there)', () => {
    expect(patchFrom({ ...draftOf(job), title: '  ' }, job).patch).toEqual({ title: '  ' });
  });

  it('refuses a title shorter than three characters with the quick-call form’s words', () => {
    expect(patchFrom({ ...draftOf(job), title: '1' }, job)).toEqual({ patch: {}, errors: { title: 'Describe the problem in at least 3 characters.' } });
  });
});

describe('parseSkills / changedFields', () => {
  it('lower-cases, trims and de-duplicates skills', () => {
    expect(parseSkills(' Printers ,, network,PRINTERS ')).toEqual(['printers', 'network']);
    expect(parseSkills('')).toEqual([]);
  });

  it('does not count re-spacing the skills as a change', () => {
    const base = draftOf(job);
    expect(changedFields({ ...base, requiredSkills: ' printers ' }, base)).toEqual([]);
    expect(changedFields({ ...base, requiredSkills: 'printers, network', notes: 'x' }, base)).toEqual(['requiredSkills', 'notes']);
  });
});

describe('fieldErrorsFrom', () => {
  it('maps host issues to form fields, first message per field', () => {
    expect(
      fieldErrorsFrom([
        { path: 'patch.title', message: 'required' },
        { path: 'patch.title', message: 'second' },
        { path: 'siteId', message: 'belongs to another client' },
        { path: 'patch.requiredSkills.2', message: 'too long' },
        { path: 'id', message: 'ignored' },
      ]),
    ).toEqual({ title: 'required', siteId: 'belongs to another client', requiredSkills: 'too long' });
    expect(fieldErrorsFrom(undefined)).toEqual({});
  });
});

describe('rebaseDraft', () => {
  const before = draftOf(job);
  const after = { ...before, title: 'Renamed elsewhere', priority: 'P1' as const };

  it('follows the new values in untouched fields and keeps edited ones', () => {
    const draft = { ...before, notes: 'typing…' };
    expect(rebaseDraft(draft, before, after)).toEqual({ draft: { ...after, notes: 'typing…' }, kept: [] });
  });

  it('names an edited field that the other change also touched', () => {
    const draft = { ...before, title: 'My title' };
    expect(rebaseDraft(draft, before, after)).toEqual({ draft: { ...after, title: 'My title' }, kept: ['title'] });
  });

  it('does not warn when both sides made the same change', () => {
    const draft = { ...before, title: 'Renamed elsewhere' };
    expect(rebaseDraft(draft, before, after).kept).toEqual([]);
  });
});
