import { describe, expect, it } from 'vitest';
import { headerKey, mapHeaders, rowValues } from '../../../shared/import/columns';
import {
  readAmount,
  readCategory,
  readColour,
  readContractType,
  readEstimate,
  readPriority,
  readReceivedAt,
  readSkills,
  readWorkingHours,
} from '../../../shared/import/values';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : `ERR ${r.message}`);

describe('column mapping', () => {
  it('matches headers case- and punctuation-insensitively, by alias', () => {
    expect(headerKey('\uFEFFExternal Ref')).toBe('externalref');
    const m = mapHeaders('jobs', ['Customer', 'Short Description', 'PRIORITY', 'externalRef', 'Received-At', 'Whatever']);
    expect(m.columns.map((c) => c.field)).toEqual(['client', 'title', 'priority', 'external_ref', 'received_at']);
    expect(m.ignored).toEqual(['Whatever']);
    expect(m.problems).toEqual([]);
  });

  it('refuses two columns for one field and names missing required ones', () => {
    const m = mapHeaders('clients', ['name', 'company', 'phone']);
    expect(m.problems).toEqual([
      'The columns "name" and "company" both mean name; keep one of them.',
      'A clients file needs a column named hourly_rate; the header row has no such column.',
    ]);
  });

  it('leaves empty cells out of a row', () => {
    const m = mapHeaders('technicians', ['Name', 'Zone', 'Skills']);
    expect(rowValues(m, ['Alex', '  ', 'wifi'])).toEqual({ name: 'Alex', skills: 'wifi' });
  });
});

describe('cell readers', () => {
  it('reads estimates in minutes and hours', () => {
    const cases: [string, number][] = [
      ['90', 90],
      ['90m', 90],
      ['90 min', 90],
      ['1h30', 90],
      ['1h 30m', 90],
      ['1.5h', 90],
      ['1,5 h', 90],
      ['2 hours', 120],
      ['1:30', 90],
      ['45 minutes', 45],
    ];
    for (const [text, minutes] of cases) expect(value(readEstimate(text)), text).toBe(minutes);
    expect(value(readEstimate('soon'))).toBe('ERR expected minutes (90) or hours and minutes (1h30), got "soon"');
    expect(readEstimate('h').ok).toBe(false);
  });

  it('reads priorities and explains a bad one', () => {
    expect(['P1', 'p2', '3', 'priority 4', 'Urgent', 'low'].map((t) => value(readPriority(t)))).toEqual(['P1', 'P2', 'P3', 'P4', 'P1', 'P4']);
    expect(value(readPriority('P5'))).toBe('ERR expected P1–P4, got "P5"');
  });

  it('splits skills on ; and normalises them', () => {
    expect(readSkills(' Networking; wifi ;;WIFI, printers')).toEqual(['networking', 'wifi', 'printers']);
  });

  it('reads categories, contract types, amounts and colours', () => {
    expect(value(readCategory(''))).toBe('other');
    expect(value(readCategory('Networking'))).toBe('network');
    expect([value(readCategory('Maintenance')), value(readCategory('PM')), value(readCategory('preventive'))]).toEqual(['maintenance', 'maintenance', 'maintenance']);
    expect(readCategory('plumbing').ok).toBe(false);
    expect(value(readContractType('Block Hours'))).toBe('block-hours');
    expect(value(readContractType('T&M'))).toBe('time-and-materials');
    expect(value(readContractType('break-fix'))).toBe('time-and-materials');
    expect(value(readContractType(''))).toBe('time-and-materials');
    expect(['95', '95.50', '£95', '1,250.00', '95,50'].map((t) => value(readAmount(t)))).toEqual([95, 95.5, 95, 1250, 95.5]);
    expect(readAmount('-5').ok).toBe(false);
    expect(value(readColour('ABC'))).toBe('#aabbcc');
    expect(readColour('red').ok).toBe(false);
  });

  it('reads working hours with ranges, lists and several spans', () => {
    expect(value(readWorkingHours('Mon-Fri 08:00-16:30'))).toEqual([{ days: [1, 2, 3, 4, 5], start: '08:00', end: '16:30' }]);
    expect(value(readWorkingHours('Mon-Thu 8:00-16:30; Fri 08:00-12:00'))).toEqual([
      { days: [1, 2, 3, 4], start: '08:00', end: '16:30' },
      { days: [5], start: '08:00', end: '12:00' },
    ]);
    expect(value(readWorkingHours('Sat/Sun 9-13'))).toEqual([{ days: [0, 6], start: '09:00', end: '13:00' }]);
    expect(value(readWorkingHours('Fri-Mon 10:00-14:00'))).toEqual([{ days: [0, 1, 5, 6], start: '10:00', end: '14:00' }]);
    expect(readWorkingHours('Mon-Fri').ok).toBe(false);
    expect(value(readWorkingHours('Mon 17:00-09:00'))).toBe('ERR "Mon 17:00-09:00" ends before it starts');
  });

  it('reads received times as ISO or shop wall-clock time, and refuses the future', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(value(readReceivedAt('2026-11-26T09:30:00+01:00', 'Europe/Berlin', now))).toBe('2026-11-26T08:30:00.000Z');
    expect(value(readReceivedAt('2026-06-01 09:30', 'Europe/London', now))).toBe('2026-06-01T08:30:00.000Z');
    expect(value(readReceivedAt('2026-11-26', 'UTC', now))).toBe('2026-11-26T00:00:00.000Z');
    expect(readReceivedAt('26/11/2026 09:30', 'UTC', now).ok).toBe(false);
    expect(readReceivedAt('2026-02-30 09:30', 'UTC', now).ok).toBe(false);
    expect(value(readReceivedAt('2026-11-27 09:00', 'UTC', now))).toBe('ERR is in the future; a call cannot have come in yet');
  });
});
