import { describe, expect, it } from 'vitest';
import { inferDateOrder, readDateTime } from '../../../shared/import/dates';

const now = new Date('2026-12-09T09:30:00Z');
const read = (text: string, order: 'ymd' | 'mdy' | 'dmy', zone = 'Europe/London') => {
  const r = readDateTime(text, order, zone, now);
  return r.ok ? r.value : `ERR ${r.message}`;
};

describe('inferDateOrder', () => {
  it('takes the order every value fits', () => {
    expect(inferDateOrder(['11/26/2026 8:14 AM', '12/1/2026 10:05 AM'])).toEqual({ order: 'mdy', ambiguous: false });
    expect(inferDateOrder(['25/11/2026 07:45', '01/12/2026 16:20'])).toEqual({ order: 'dmy', ambiguous: false });
    expect(inferDateOrder(['26.11.2026 08:14', '', '03.12.2026'])).toEqual({ order: 'dmy', ambiguous: false });
  });

  it('asks when every value fits both orders, and says when none fits', () => {
    expect(inferDateOrder(['12/02/2026 09:10 AM', '12/04/2026 01:35 PM'])).toEqual({ order: null, ambiguous: true });
    expect(inferDateOrder(['11/26/2026', '26/11/2026'])).toEqual({ order: null, ambiguous: false });
    // A date no order can read is left to its row's error, not counted against an order.
    expect(inferDateOrder(['11/26/2026', '11/31/2026'])).toEqual({ order: 'mdy', ambiguous: false });
  });

  it('needs no answer for ISO dates, month names or an empty column', () => {
    expect(inferDateOrder(['2026-11-28 13:47:10', '2026-12-03T11:15:00-05:00'])).toEqual({ order: 'ymd', ambiguous: false });
    expect(inferDateOrder(['26 Nov 2026 08:14', 'Dec 3, 2026 3:22 PM'])).toEqual({ order: 'ymd', ambiguous: false });
    expect(inferDateOrder([])).toEqual({ order: 'ymd', ambiguous: false });
  });
});

describe('readDateTime', () => {
  it('reads US and European orders with 12- and 24-hour times in the shop zone', () => {
    expect(read('11/26/2026 8:14 AM', 'mdy')).toBe('2026-11-26T08:14:00.000Z');
    expect(read('11/26/2026 8:14 PM', 'mdy')).toBe('2026-11-26T20:14:00.000Z');
    expect(read('12/1/2026 12:05 AM', 'mdy')).toBe('2026-12-01T00:05:00.000Z');
    expect(read('26/11/2026 20:14', 'dmy')).toBe('2026-11-26T20:14:00.000Z');
    expect(read('03.12.2026', 'dmy')).toBe('2026-12-03T00:00:00.000Z');
    expect(read('01/06/2026 09:00', 'dmy')).toBe('2026-06-01T08:00:00.000Z'); // London summer time
    expect(read('11/26/2026 8:14 AM', 'mdy', 'America/New_York')).toBe('2026-11-26T13:14:00.000Z');
  });

  it('uses the offset a value carries instead of the shop zone', () => {
    expect(read('2026-12-03T11:15:00-05:00', 'ymd')).toBe('2026-12-03T16:15:00.000Z');
    expect(read('2026-11-29T10:12:33Z', 'mdy')).toBe('2026-11-29T10:12:33.000Z');
    expect(read('2026-11-29 10:12 +0100', 'ymd')).toBe('2026-11-29T09:12:00.000Z');
    expect(read('Nov 26, 2026 8:14 PM', 'dmy')).toBe('2026-11-26T20:14:00.000Z');
    expect(read('Thu, 26 Nov 2026 08:14', 'mdy')).toBe('2026-11-26T08:14:00.000Z');
  });

  it('refuses impossible dates, times and the future', () => {
    expect(read('11/26/2026 8:14 AM', 'dmy')).toMatch(/^ERR expected a date and time such as 26\/11\/2026 08:14/);
    expect(read('02/30/2026', 'mdy')).toMatch(/^ERR expected/);
    expect(read('11/26/2026 13:14 PM', 'mdy')).toMatch(/^ERR expected/);
    expect(read('11/26/1999', 'mdy')).toMatch(/^ERR expected a year from 2000/);
    expect(read('12/10/2026 08:00', 'mdy')).toBe('ERR is in the future; a call cannot have come in yet');
    expect(read('soon', 'ymd')).toMatch(/^ERR expected a date and time such as 2026-11-26 08:14/);
  });
});
