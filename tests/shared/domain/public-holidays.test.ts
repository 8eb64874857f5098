import { describe, expect, it } from 'vitest';
import { addHolidays, holidayOffer, holidaysByDay } from '../../../shared/domain/public-holidays';

describe('public holidays', () => {
  it('folds the data set to one entry per day, in date order, keeping the kind that closes offices', () => {
    const days = holidaysByDay([
      { date: '2026-12-26 00:00:00', name: 'Boxing Day', type: 'public' },
      { date: '2026-04-06 00:00:00', name: "St Patrick's", type: 'observance' },
      { date: '2026-04-06 00:00:00', name: 'Easter Monday', type: 'bank' },
      { date: '2026-04-06 12:00:00', name: 'Easter Monday', type: 'bank' },
    ]);
    expect(days).toEqual([
      { day: '2026-04-06', name: "St Patrick's / Easter Monday", type: 'bank' },
      { day: '2026-12-26', name: 'Boxing Day', type: 'public' },
    ]);
  });

  it('marks days the tier lists and suggests only closing days it does not', () => {
    const offer = holidayOffer(
      [
        { day: '2026-01-01', name: "New Year's Day", type: 'public' },
        { day: '2026-05-04', name: 'Early May bank holiday', type: 'bank' },
        { day: '2026-03-15', name: "Mother's Day", type: 'observance' },
      ],
      ['2026-01-01'],
    );
    expect(offer.map((h) => [h.day, h.listed, h.suggested])).toEqual([
      ['2026-01-01', true, false],
      ['2026-05-04', false, true],
      ['2026-03-15', false, false],
    ]);
  });

  it('adds days once each, in date order', () => {
    expect(addHolidays(['2026-12-25', '2026-01-01'], ['2026-12-26', '2026-01-01'])).toEqual(['2026-01-01', '2026-12-25', '2026-12-26']);
  });
});
