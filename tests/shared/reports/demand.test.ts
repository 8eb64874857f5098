import { describe, expect, it } from 'vitest';
import { demandReport } from '../../../shared/reports/demand';
import { shopClock } from '../../../shared/reports/shop-clock';
import { reportJob } from './support';

const clock = shopClock('Europe/London');
const received = (iso: string, extra = {}) => reportJob({ receivedAt: iso, ...extra });

// Monday 19 to Sunday 25 October 2026; British Summer Time ends at 01:00 UTC on the Sunday.
const jobs = [
  received('2026-10-19T08:15:00Z'), // Mon 09:15 BST
  received('2026-10-19T08:45:00Z'), // Mon 09:45 BST
  received('2026-10-19T23:30:00Z'), // Tue 20th 00:30 BST: over midnight from the UTC date
  received('2026-10-25T00:30:00Z'), // Sun 01:30 BST
  received('2026-10-25T01:30:00Z'), // Sun 01:30 GMT: the repeated hour
  received('2026-10-21T10:00:00Z', { maintenance: { planId: 'p', occurrenceDate: '2026-10-21', windowStart: '2026-10-21T08:00:00Z', windowEnd: '2026-10-21T12:00:00Z' } }),
  received('2026-10-21T10:00:00Z', { followUpOf: 'job-x' }),
  received('2026-10-18T22:00:00Z'), // Sun 18th 23:00 BST: before the range, history for the forecast
];

describe('demand and peaks', () => {
  const r = demandReport(jobs, { from: '2026-10-19', to: '2026-10-25', forecastWeeks: 2 }, clock);

  it('counts customer jobs by weekday and hour of shop time (maintenance and follow-ups are not demand)', () => {
    expect(r.totalReceived).toBe(5);
    expect(r.heatmap[1]?.[9]).toBe(2);
    expect(r.heatmap[2]?.[0]).toBe(1);
    expect(r.heatmap[0]?.[1]).toBe(2); // both 01:30s of the long Sunday
    expect(r.heatmap[0]?.[23]).toBe(0); // the 18th is outside the range
    expect(r.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('marks days at or above mean + 1 sd as peaks', () => {
    expect(r.days.map((d) => d.received)).toEqual([2, 1, 0, 0, 0, 0, 2]);
    // mean 5/7 = 0.714; variance (2·1.2857² + 0.2857² + 4·0.7143²)/7 = 0.7755, sd 0.8806.
    expect(r.meanPerDay).toBe(0.71);
    expect(r.sdPerDay).toBe(0.88);
    expect(r.peakThreshold).toBe(1.59);
    expect(r.days.filter((d) => d.peak).map((d) => d.day)).toEqual(['2026-10-19', '2026-10-25']);
  });

  it('finds no peak when every day is the same', () => {
    const flat = demandReport([received('2026-10-19T09:00:00Z'), received('2026-10-20T09:00:00Z')], { from: '2026-10-19', to: '2026-10-20', forecastWeeks: 1 }, clock);
    expect(flat.days.some((d) => d.peak)).toBe(false);
  });

  it('lists the busiest weekday-hours of the last 28 days, ties Monday first', () => {
    expect(r.lastFourWeeks.from).toBe('2026-09-28');
    expect(r.lastFourWeeks.byHour[9]).toBe(2);
    expect(r.lastFourWeeks.byHour[23]).toBe(1); // the 18th is inside the four weeks
    expect(r.lastFourWeeks.busiest).toEqual([
      { weekday: 1, hour: 9, received: 2 },
      { weekday: 0, hour: 1, received: 2 },
      { weekday: 2, hour: 0, received: 1 },
      { weekday: 0, hour: 23, received: 1 },
    ]);
  });

  it('forecasts each hour of next week as the mean of the same weekday and hour, band ±1 sd', () => {
    expect(r.forecast).toMatchObject({ from: '2026-10-26', to: '2026-11-01', weeks: 2 });
    expect(r.forecast.slots).toHaveLength(7 * 24);
    const slot = (day: string, hour: number) => r.forecast.slots.find((s) => s.day === day && s.hour === hour);
    // Monday 09: 2 last week, 0 the week before → mean 1, sd 1.
    expect(slot('2026-10-26', 9)).toMatchObject({ weekday: 1, expected: 1, low: 0, high: 2 });
    expect(slot('2026-10-27', 0)).toMatchObject({ expected: 0.5, low: 0, high: 1 });
    expect(slot('2026-11-01', 23)).toMatchObject({ expected: 0.5, low: 0, high: 1 });
    expect(slot('2026-10-28', 12)).toMatchObject({ expected: 0, low: 0, high: 0 });
  });
});
