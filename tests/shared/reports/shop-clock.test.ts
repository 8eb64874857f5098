import { describe, expect, it } from 'vitest';
import { dayKeyOfNumber, dayNumberOf, mondayOf, shopClock, weekdayOfNumber } from '../../../shared/reports/shop-clock';

const london = shopClock('Europe/London');
const at = (iso: string) => Date.parse(iso);

describe('shop clock', () => {
  it('day numbers, weekdays and Mondays are plain calendar arithmetic', () => {
    expect(dayKeyOfNumber(dayNumberOf('2026-03-29'))).toBe('2026-03-29');
    expect(weekdayOfNumber(dayNumberOf('2026-03-29'))).toBe(0); // a Sunday
    expect(weekdayOfNumber(dayNumberOf('2026-12-07'))).toBe(1);
    expect(dayKeyOfNumber(mondayOf(dayNumberOf('2026-03-29')))).toBe('2026-03-23');
    expect(dayKeyOfNumber(mondayOf(dayNumberOf('2026-03-23')))).toBe('2026-03-23');
  });

  it('places instants in London shop time across the spring change (last Sunday of March)', () => {
    // 00:30 UTC is 00:30 GMT; at 01:00 UTC clocks jump to 02:00 BST, so 01:30 UTC reads 02:30.
    expect(london.minuteOf(at('2026-03-29T00:30:00Z'))).toBe(30);
    expect(london.minuteOf(at('2026-03-29T01:30:00Z'))).toBe(150);
    // 23:30 UTC on the 29th is already 00:30 on the 30th in BST.
    expect(dayKeyOfNumber(london.dayOf(at('2026-03-29T23:30:00Z')))).toBe('2026-03-30');
    expect(dayKeyOfNumber(london.dayOf(at('2026-03-28T23:30:00Z')))).toBe('2026-03-28');
    const day = dayNumberOf('2026-03-29');
    expect(new Date(london.startOf(day)).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    // A 23-hour day.
    expect((london.startOf(day + 1) - london.startOf(day)) / 3_600_000).toBe(23);
  });

  it('places instants across the autumn change (last Sunday of October): the 01:00 hour happens twice', () => {
    expect(london.minuteOf(at('2026-10-25T00:30:00Z'))).toBe(90); // 01:30 BST
    expect(london.minuteOf(at('2026-10-25T01:30:00Z'))).toBe(90); // 01:30 GMT
    const day = dayNumberOf('2026-10-25');
    expect(new Date(london.startOf(day)).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect((london.startOf(day + 1) - london.startOf(day)) / 3_600_000).toBe(25);
  });

  it('turns wall-clock minutes of a shop day into instants, DST days included', () => {
    const iso = (day: string, minute: number) => new Date(london.at(dayNumberOf(day), minute)).toISOString();
    expect(iso('2026-03-30', 540)).toBe('2026-03-30T08:00:00.000Z'); // 09:00 BST
    expect(iso('2026-03-28', 540)).toBe('2026-03-28T09:00:00.000Z'); // 09:00 GMT
    expect(iso('2026-03-29', 150)).toBe('2026-03-29T01:30:00.000Z'); // 02:30 does not exist: 03:30 BST
    expect(iso('2026-03-29', 600)).toBe('2026-03-29T09:00:00.000Z');
    expect(iso('2026-10-25', 600)).toBe('2026-10-25T10:00:00.000Z'); // 10:00 GMT after the change
    expect(iso('2026-10-25', 1440)).toBe('2026-10-26T00:00:00.000Z');
  });

  it('refuses an unknown zone', () => {
    expect(() => shopClock('Mars/Olympus')).toThrow(/Unknown time zone/);
  });
});
