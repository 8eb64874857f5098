import { describe, expect, it } from 'vitest';
import { describeRule, nextOccurrenceDays, occurrenceDays, ruleProblem } from '../../../shared/domain/maintenance-rule';

describe('occurrenceDays', () => {
  it('gives the first Tuesday of each month', () => {
    expect(occurrenceDays('FREQ=MONTHLY;BYDAY=+1TU', '2026-01-01', null, '2026-01-01', '2026-06-30')).toEqual([
      '2026-01-06',
      '2026-02-03',
      '2026-03-03',
      '2026-04-07',
      '2026-05-05',
      '2026-06-02',
    ]);
  });

  it('counts "every 3 months" from the start day and never before it', () => {
    expect(occurrenceDays('FREQ=MONTHLY;INTERVAL=3', '2026-02-10', null, '2026-01-01', '2026-12-31')).toEqual([
      '2026-02-10',
      '2026-05-10',
      '2026-08-10',
      '2026-11-10',
    ]);
  });

  it('gives every weekday and no weekend day', () => {
    const days = occurrenceDays('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '2026-12-01', null, '2026-12-04', '2026-12-08');
    expect(days).toEqual(['2026-12-04', '2026-12-07', '2026-12-08']);
  });

  it('keeps "the 31st, or the last day when shorter" on the month end, February of a leap year too', () => {
    const rule = 'FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1';
    expect(occurrenceDays(rule, '2027-12-31', null, '2027-12-01', '2028-04-30')).toEqual(['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    expect(occurrenceDays('FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-31', null, '2026-02-01', '2026-02-28')).toEqual(['2026-02-28']);
  });

  it('follows RFC 5545 for a plain 31st: months without one have no occurrence', () => {
    expect(occurrenceDays('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-01', null, '2026-01-01', '2026-05-31')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('gives the same days whatever the machine or shop zone does on DST change days', () => {
    // Europe and the US change clocks on these Sundays; the days themselves are always there.
    const days = occurrenceDays('FREQ=WEEKLY;BYDAY=SU', '2026-03-01', null, '2026-03-01', '2026-04-05');
    expect(days).toEqual(['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29', '2026-04-05']);
    expect(occurrenceDays('FREQ=DAILY', '2026-10-24', null, '2026-10-24', '2026-10-27')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27']);
  });

  it('stops at the end day and at COUNT, includes both bounds, and refuses nothing silently', () => {
    expect(occurrenceDays('FREQ=WEEKLY', '2026-01-05', '2026-01-19', '2026-01-01', '2026-12-31')).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
    expect(occurrenceDays('FREQ=WEEKLY;COUNT=2', '2026-01-05', null, '2026-01-01', '2026-12-31')).toEqual(['2026-01-05', '2026-01-12']);
    expect(occurrenceDays('FREQ=WEEKLY', '2026-01-05', null, '2026-01-12', '2026-01-12')).toEqual(['2026-01-12']);
    expect(occurrenceDays('FREQ=WEEKLY', '2026-01-05', null, '2026-01-13', '2026-01-12')).toEqual([]);
    expect(occurrenceDays('FREQ=HOURLY', '2026-01-05', null, '2026-01-01', '2026-01-12')).toEqual([]);
  });
});

describe('nextOccurrenceDays', () => {
  it('lists the next ones from a day, fewer when the rule ends', () => {
    expect(nextOccurrenceDays('FREQ=MONTHLY;BYDAY=+1TU', '2026-01-01', null, '2026-12-06', 3)).toEqual(['2027-01-05', '2027-02-02', '2027-03-02']);
    expect(nextOccurrenceDays('FREQ=YEARLY;COUNT=2', '2026-03-01', null, '2026-01-01', 5)).toEqual(['2026-03-01', '2027-03-01']);
  });
});

describe('ruleProblem', () => {
  it('accepts the usual patterns', () => {
    for (const rule of ['FREQ=MONTHLY;BYDAY=+1TU', 'FREQ=MONTHLY;INTERVAL=3', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'RRULE:FREQ=DAILY;UNTIL=20270101T000000Z']) {
      expect(ruleProblem(rule, '2026-01-01'), rule).toBeNull();
    }
  });

  it('refuses times of day, sub-daily rules, bad values and rules that never occur, quickly', () => {
    expect(ruleProblem('FREQ=DAILY;BYHOUR=9', '2026-01-01')).toMatch(/BYHOUR is not supported/);
    expect(ruleProblem('FREQ=HOURLY', '2026-01-01')).toMatch(/daily, weekly, monthly or yearly/);
    expect(ruleProblem('FREQ=MONTHLY;INTERVAL=0', '2026-01-01')).toMatch(/interval/);
    expect(ruleProblem('FREQ=MONTHLY;BYMONTHDAY=40', '2026-01-01')).toMatch(/not a valid/);
    expect(ruleProblem('FREQ=MONTHLY;FREQ=DAILY', '2026-01-01')).toMatch(/twice/);
    const started = process.hrtime.bigint();
    expect(ruleProblem('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', '2026-01-01')).toMatch(/never falls/);
    expect(ruleProblem('FREQ=MONTHLY;INTERVAL=12;BYMONTH=3', '2026-01-01')).toMatch(/never falls/);
    // Searching to the year 9999 from 2026 takes about 30 s for the daily rule; the probe is far below.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(10_000);
  });
});

describe('describeRule', () => {
  it('words a rule for people', () => {
    expect(describeRule('FREQ=MONTHLY;BYDAY=+1TU')).toBe('every month on the 1st Tuesday');
    expect(describeRule('FREQ=MONTHLY;INTERVAL=3')).toBe('every 3 months');
  });
});
