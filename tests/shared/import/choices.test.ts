import { describe, expect, it } from 'vitest';
import { rememberedChoices, sameLayout, suggestChoices, withValueGuesses } from '../../../shared/import/choices';
import { makeImportMapping } from '../../support/factories';

const headers = ['Ticket #', 'Company', 'Summary Description', 'Priority', 'Date Entered'];
const row = (line: number, priority: string, date: string) => ({ line, cells: [String(line), 'Abbey', 'Job', priority, date] });

describe('rememberedChoices', () => {
  const saved = makeImportMapping({
    headers,
    fields: ['external_ref', 'client', 'title', 'priority', 'received_at'],
    values: { priority: { urgent: 'P2' }, category: {}, status: {} },
    dateOrder: 'mdy',
  });

  it('uses the newest mapping of the same layout, however the headers are spelled, and guesses new values', () => {
    const older = { ...saved, fields: [null, 'client', 'title', null, null] };
    const choices = rememberedChoices([older, saved], 'jobs', ['ticket #', 'COMPANY', 'Summary description', 'priority', 'Date entered'], [row(2, 'Urgent', '12/02/2026'), row(3, 'Low', '12/03/2026')]);
    expect(choices?.fields).toEqual(saved.fields);
    // The user's earlier answer stands (urgent → P2); a value never seen gets a guess.
    expect(choices?.values.priority).toEqual({ urgent: 'P2', low: 'P4' });
    expect(choices?.dateOrder).toBe('mdy');
  });

  it('remembers nothing for another layout or kind', () => {
    expect(rememberedChoices([saved], 'jobs', [...headers, 'Notes'], [])).toBeNull();
    expect(rememberedChoices([saved], 'clients', headers, [])).toBeNull();
  });

  it('asks again when the dates plainly use another order than the remembered one', () => {
    expect(rememberedChoices([saved], 'jobs', headers, [row(2, 'Low', '26/11/2026 08:00')])).toBeNull();
    expect(rememberedChoices([{ ...saved, dateOrder: null }], 'jobs', headers, [row(2, 'Low', '2026-11-26')])).toBeNull();
    expect(rememberedChoices([saved], 'jobs', headers, [row(2, 'Low', '2026-11-26 08:00')])?.dateOrder).toBe('mdy');
  });
});

describe('suggestChoices and value guesses', () => {
  it('pre-fills every distinct value once, keeping choices already made', () => {
    const rows = [row(2, 'Urgent', '11/26/2026'), row(3, ' urgent ', '11/27/2026'), row(4, 'Meh', '11/28/2026')];
    const { choices } = suggestChoices('jobs', headers, rows);
    expect(choices.values.priority).toEqual({ urgent: 'P1', meh: null });
    const kept = withValueGuesses({ ...choices, values: { ...choices.values, priority: { urgent: 'P3' } } }, rows);
    expect(kept.values.priority).toEqual({ urgent: 'P3', meh: null });
  });

  it('compares layouts by kind and header spelling', () => {
    expect(sameLayout({ kind: 'jobs', headers: ['Ticket #'] }, { kind: 'jobs', headers: ['ticket'] })).toBe(true);
    expect(sameLayout({ kind: 'jobs', headers: ['a', 'b'] }, { kind: 'jobs', headers: ['b', 'a'] })).toBe(false);
    expect(sameLayout({ kind: 'jobs', headers: ['a'] }, { kind: 'clients', headers: ['a'] })).toBe(false);
  });
});
