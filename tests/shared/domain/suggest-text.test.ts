import { describe, expect, it } from 'vitest';
import { durationText, whenText } from '../../../shared/domain/suggest-text';

describe('suggestion words', () => {
  it('says lengths of time in hours and minutes', () => {
    expect(durationText(45)).toBe('45 m');
    expect(durationText(120)).toBe('2 h');
    expect(durationText(65)).toBe('1 h 05 m');
  });

  it('says a start as a time today and with its day later, in the shop zone (across the autumn change)', () => {
    const now = new Date('2026-10-25T08:00:00Z'); // Sunday, London falls back at 02:00
    expect(whenText(Date.parse('2026-10-25T10:15:00Z'), now, 'Europe/London')).toBe('10:15');
    expect(whenText(Date.parse('2026-10-26T08:00:00Z'), now, 'Europe/London')).toBe('Mon 26 Oct 08:00');
  });
});
