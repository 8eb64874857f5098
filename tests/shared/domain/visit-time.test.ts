import { describe, expect, it } from 'vitest';
import { hhmm, parseTimeEntry, timeOfVisit, visitSpan } from '../../../shared/domain/visit-time';

describe('parseTimeEntry', () => {
  it.each([
    ['0930', 570, '09:30'],
    ['930', 570, '09:30'],
    ['9:30', 570, '09:30'],
    ['09:30', 570, '09:30'],
    ['9.30', 570, '09:30'],
    ['9h30', 570, '09:30'],
    ['9', 540, '09:00'],
    ['17', 1020, '17:00'],
    ['1745', 1065, '17:45'],
    ['0000', 0, '00:00'],
    ['2359', 1439, '23:59'],
    [' 0805 ', 485, '08:05'],
  ])('reads %s as %s minutes (%s)', (typed, minutes, text) => {
    expect(parseTimeEntry(typed)).toEqual({ ok: true, minutes, text });
  });

  it.each(['', '   ', '2400', '24:00', '0960', '9:3', '12345', 'noon', '-930', '9:30pm', '25', '1:2:3'])('refuses %j with a sentence', (typed) => {
    const result = parseTimeEntry(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/time/);
  });

  it('spells minutes as HH:MM', () => {
    expect(hhmm(0)).toBe('00:00');
    expect(hhmm(605)).toBe('10:05');
  });
});

describe('visitSpan', () => {
  it('turns typed times into instants in the shop zone', () => {
    expect(visitSpan('2026-12-02', '0930', '1045', 'Europe/London')).toEqual({
      ok: true,
      arrivedAt: '2026-12-02T09:30:00.000Z',
      departedAt: '2026-12-02T10:45:00.000Z',
      minutes: 75,
    });
    expect(visitSpan('2026-07-01', '0930', '1000', 'Europe/London')).toMatchObject({ arrivedAt: '2026-07-01T08:30:00.000Z', minutes: 30 });
  });

  it('counts real minutes across a DST change (01:30–03:30 on the spring-forward night is one hour)', () => {
    expect(visitSpan('2026-03-29', '0030', '0330', 'Europe/London')).toMatchObject({ ok: true, minutes: 120 });
  });

  it('takes an earlier departure as the next morning only for a short overnight visit', () => {
    expect(visitSpan('2026-12-02', '2300', '0100', 'Europe/London')).toEqual({
      ok: true,
      arrivedAt: '2026-12-02T23:00:00.000Z',
      departedAt: '2026-12-03T01:00:00.000Z',
      minutes: 120,
    });
    expect(visitSpan('2026-12-02', '2300', '0700', 'Europe/London')).toMatchObject({ ok: true, minutes: 480 });
    expect(visitSpan('2026-12-02', '2300', '0701', 'Europe/London')).toMatchObject({ ok: false, field: 'departure' });
    expect(visitSpan('2026-12-02', '0930', '0830', 'Europe/London')).toEqual({
      ok: false,
      field: 'departure',
      message: 'Departure 08:30 is not after arrival 09:30.',
    });
    expect(visitSpan('2026-12-02', '0930', '0930', 'Europe/London')).toMatchObject({ ok: false, field: 'departure' });
  });

  it('names the field that is not a time', () => {
    expect(visitSpan('2026-12-02', 'x', '1000', 'UTC')).toMatchObject({ ok: false, field: 'arrival' });
    expect(visitSpan('2026-12-02', '0900', '', 'UTC')).toMatchObject({ ok: false, field: 'departure' });
  });

  it('shows a stored instant back as the shop-zone time', () => {
    expect(timeOfVisit('2026-07-01T08:30:00.000Z', 'Europe/London')).toBe('09:30');
  });
});

describe('every minute of the day', () => {
  it('reads back from its compact, padded and separated spellings', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes++) {
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      const text = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      for (const typed of [`${h}${String(m).padStart(2, '0')}`, text.replace(':', ''), text, `${h}.${String(m).padStart(2, '0')}`]) {
        expect(parseTimeEntry(typed), typed).toEqual({ ok: true, minutes, text });
      }
    }
  });

  it('makes a visit of the minutes between two times of one UTC day', () => {
    for (let a = 0; a < 24 * 60; a += 7) {
      for (let d = a + 1; d < 24 * 60; d += 53) {
        const span = visitSpan('2026-12-02', hhmm(a), hhmm(d), 'UTC');
        expect(span, `${hhmm(a)}–${hhmm(d)}`).toMatchObject({ ok: true, minutes: d - a });
      }
    }
  });
});
