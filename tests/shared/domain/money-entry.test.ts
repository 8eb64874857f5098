import { describe, expect, it } from 'vitest';
import { formatMinor, minorToEntry, parseMoneyEntry } from '../../../shared/domain/money-entry';

describe('parseMoneyEntry', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['12,05', 1205],
    ['0.01', 1],
    [' £7.99 ', 799],
    ['€ 3', 300],
    ['0', 0],
  ])('reads %j as %i minor units', (typed, minor) => {
    expect(parseMoneyEntry(typed)).toEqual({ ok: true, minor });
  });

  it.each(['', 'abc', '-5', '1.234', '12.', '1e3', '12 50', '99999999'])('refuses %j', (typed) => {
    expect(parseMoneyEntry(typed).ok).toBe(false);
  });
});

describe('formatMinor', () => {
  it('shows two decimals with grouping and a sign for credits', () => {
    expect(formatMinor(0)).toBe('0.00');
    expect(formatMinor(5)).toBe('0.05');
    expect(formatMinor(123450)).toBe('1,234.50');
    expect(formatMinor(-1200)).toBe('-12.00');
  });

  it('round-trips through the entry spelling', () => {
    for (const minor of [0, 1, 99, 100, 1250, 999999]) {
      const back = parseMoneyEntry(minorToEntry(minor));
      expect(back).toEqual({ ok: true, minor });
    }
  });
});
