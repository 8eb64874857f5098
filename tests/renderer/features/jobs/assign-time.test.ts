import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput, dayChoiceLabel, dayChoices, parseClockInput } from '../../../../renderer/src/features/jobs/assign-time';

describe('assign dialog start field', () => {
  it('reads and writes wall-clock time in the shop zone, not the browser zone', () => {
    expect(toLocalInput('2026-11-26T15:15:00.000Z', 'America/New_York')).toBe('2026-11-26T10:15');
    expect(fromLocalInput('2026-11-26T10:15', 'America/New_York')).toBe('2026-11-26T15:15:00.000Z');
    expect(fromLocalInput('2026-11-26T10:15', 'Europe/London')).toBe('2026-11-26T10:15:00.000Z');
  });

  it('is right after a DST change on the same day', () => {
    // London springs forward at 01:00 UTC on 29 March 2026: 10:00 is BST (09:00Z).
    expect(fromLocalInput('2026-03-29T10:00', 'Europe/London')).toBe('2026-03-29T09:00:00.000Z');
    // …and falls back on 25 October 2026: 10:00 is GMT again.
    expect(fromLocalInput('2026-10-25T10:00', 'Europe/London')).toBe('2026-10-25T10:00:00.000Z');
    expect(toLocalInput('2026-03-29T09:00:00.000Z', 'Europe/London')).toBe('2026-03-29T10:00');
  });

  it('refuses what is not a date and time', () => {
    for (const bad of ['', '2026-11-26', '2026-11-26T25:00', '2026-02-30T10:00', 'tomorrow at ten']) {
      expect(fromLocalInput(bad, 'Europe/London')).toBeNull();
    }
  });
});

describe('the start field in the console format', () => {
  it('names days as the console does, whatever the locale', () => {
    expect(dayChoiceLabel('2026-12-07')).toBe('Mon 7 Dec');
    expect(dayChoiceLabel('2027-01-01')).toBe('Fri 1 Jan');
  });
  it('offers the coming days and keeps a chosen day outside them', () => {
    expect(dayChoices('2026-12-06', 3, '2026-12-07').map((d) => d.value)).toEqual(['2026-12-06', '2026-12-07', '2026-12-08']);
    expect(dayChoices('2026-12-06', 2, '2026-12-20')).toEqual([
      { value: '2026-12-06', label: 'Sun 6 Dec' },
      { value: '2026-12-07', label: 'Mon 7 Dec' },
      { value: '2026-12-20', label: 'Sun 20 Dec' },
    ]);
    expect(dayChoices('2026-12-06', 1, '2026-12-01')[0]!.value).toBe('2026-12-01');
  });
  it('reads typed 24-hour times', () => {
    expect(parseClockInput('9:05')).toBe('09:05');
    expect(parseClockInput('0905')).toBe('09:05');
    expect(parseClockInput('17.30')).toBe('17:30');
    expect(parseClockInput(' 14 ')).toBe('14:00');
    expect(parseClockInput('23:59')).toBe('23:59');
  });
  it('refuses what is not a 24-hour time', () => {
    for (const bad of ['24:00', '9:60', '9 pm', '', 'noon', '1:5']) expect(parseClockInput(bad)).toBeNull();
  });
});
