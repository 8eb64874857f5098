import { describe, expect, it } from 'vitest';
import { bookingDeadlines, deadlineSentence, lateText } from '../../../shared/domain/booking-deadlines';
import { instantAt } from '../../../shared/domain/jobs';
import { dueTimes } from '../../../shared/domain/sla';
import { defaultSlaPolicies } from '../../../shared/domain/sla-defaults';
import type { Priority } from '../../../shared/schemas/common';
import type { SlaPolicy } from '../../../shared/schemas/sla';
import { makeJob } from '../../support/factories';

const LONDON = 'Europe/London';
const [STANDARD, , MANAGED] = defaultSlaPolicies() as [SlaPolicy, SlaPolicy, SlaPolicy];

/** A job received at `receivedAt` with due times computed by the real business-hours rules. */
function jobUnder(policy: SlaPolicy, priority: Priority, receivedAt: Date) {
  const d = dueTimes(policy, priority, receivedAt, LONDON);
  return makeJob({
    priority,
    status: 'scheduled',
    receivedAt: receivedAt.toISOString(),
    responseDueAt: d.responseDueAt.toISOString(),
    resolutionDueAt: d.resolutionDueAt.toISOString(),
  });
}
const visit = (day: string, from: string, to: string) => ({
  start: instantAt(day, from, LONDON).toISOString(),
  end: instantAt(day, to, LONDON).toISOString(),
});

describe('bookingDeadlines', () => {
  // Standard hours Mon–Fri 08:00–18:00: a P2 received Friday 16:00 must be answered by Friday
  // 18:00 and resolved by Monday 14:00 (the weekend does not count).
  const friday = jobUnder(STANDARD, 'P2', instantAt('2026-03-06', '16:00', LONDON));

  it('keeps both deadlines when the visit starts before the response is due', () => {
    expect(bookingDeadlines(friday, visit('2026-03-06', '17:00', '18:00'))).toEqual({ response: null, resolution: null, ok: true });
  });

  it('a Monday visit misses the Friday response over the weekend, by wall-clock minutes', () => {
    expect(bookingDeadlines(friday, visit('2026-03-09', '09:00', '10:00'))).toEqual({
      response: { dueAt: '2026-03-06T18:00:00.000Z', lateMinutes: 63 * 60 },
      resolution: null,
      ok: false,
    });
  });

  it('a visit ending after the resolution is due misses it; the start exactly at due time is not late', () => {
    const onTheDot = { ...friday, responseDueAt: instantAt('2026-03-09', '13:30', LONDON).toISOString() };
    expect(bookingDeadlines(onTheDot, visit('2026-03-09', '13:30', '15:01'))).toEqual({
      response: null,
      resolution: { dueAt: '2026-03-09T14:00:00.000Z', lateMinutes: 61 },
      ok: false,
    });
  });

  it('counts real minutes across the spring DST change (01:00 GMT → 03:00 BST)', () => {
    // 24×7 P1 received 00:45 GMT on the change day: response due 30 minutes later, 01:15 GMT
    // (02:15 BST). A visit at 03:00 BST is 45 real minutes late, not the 1 h 45 m the wall shows.
    const dst = jobUnder(MANAGED, 'P1', new Date('2026-03-29T00:45:00.000Z'));
    expect(dst.responseDueAt).toBe('2026-03-29T01:15:00.000Z');
    expect(bookingDeadlines(dst, visit('2026-03-29', '03:00', '04:00')).response).toEqual({ dueAt: '2026-03-29T01:15:00.000Z', lateMinutes: 45 });
  });

  it('does not judge the response once one is recorded, nor a finished job at all', () => {
    const late = visit('2026-03-09', '13:30', '15:00');
    expect(bookingDeadlines({ ...friday, respondedAt: '2026-03-06T16:30:00.000Z' }, late)).toEqual({
      response: null,
      resolution: { dueAt: '2026-03-09T14:00:00.000Z', lateMinutes: 60 },
      ok: false,
    });
    expect(bookingDeadlines({ ...friday, status: 'done' }, late).ok).toBe(true);
    expect(bookingDeadlines({ ...friday, responseDueAt: null, resolutionDueAt: null }, late).ok).toBe(true);
  });

  it('says which deadlines are missed, by how much, with the due day and time', () => {
    const both = bookingDeadlines(friday, visit('2026-03-09', '13:30', '15:00'));
    expect(deadlineSentence(both, LONDON)).toBe(
      'Late: starts 2 d 19 h 30 m after the response was due (Fri 18:00); ends 1 h after the resolution was due (Mon 14:00).',
    );
    expect(deadlineSentence(bookingDeadlines(friday, visit('2026-03-06', '17:00', '18:00')), LONDON)).toBeNull();
  });

  it.each([
    [0, '0 m'],
    [45, '45 m'],
    [60, '1 h'],
    [125, '2 h 5 m'],
    [24 * 60, '1 d'],
    [24 * 60 + 1, '1 d 1 m'],
  ])('lateText(%i) is %s', (minutes, text) => {
    expect(lateText(minutes)).toBe(text);
  });
});
