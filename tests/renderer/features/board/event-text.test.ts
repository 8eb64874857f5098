import { describe, expect, it } from 'vitest';
import { firstLineParts, secondLineParts, splitNumber } from '../../../../renderer/src/features/board/event-text';
import type { EventTextInput } from '../../../../renderer/src/features/board/event-text';

const base: EventTextInput = {
  priority: 'P2',
  number: 'J-4001',
  clientName: 'Harbour Dental',
  title: 'Replace the RAID disk',
  status: 'scheduled',
  statusText: 'Scheduled',
  hasWarnings: false,
  pending: false,
};
// What the day view shows of each part (the week view leaves out a number's prefix).
const texts = (parts: { text: string; prefix?: string }[]) => parts.map((p) => `${p.prefix ?? ''}${p.text}`);

describe('what a job event shows, most important first', () => {
  it('leads with the priority and the number, and the client on the second line', () => {
    expect(texts(firstLineParts(base))).toEqual(['P2', 'J-4001']);
    expect(texts(secondLineParts(base))[0]).toBe('Harbour Dental');
  });
  it('marks on hold and warnings right after the number, never before it', () => {
    const parts = firstLineParts({ ...base, status: 'on-hold', hasWarnings: true });
    expect(texts(parts)).toEqual(['P2', 'J-4001', '‖', '⚠']);
    // The marks are decoration: the event's accessible name says "On hold" and "has warnings".
    expect(parts.slice(2).every((p) => p.hidden)).toBe(true);
    expect(firstLineParts(base).some((p) => p.text === '‖')).toBe(false);
  });
  it('adds "Saving…" last on the first line', () => {
    expect(texts(firstLineParts({ ...base, pending: true })).at(-1)).toBe('Saving…');
  });
  it('lets only free text shrink to an ellipsis; numbers and badges stay whole or go', () => {
    const shrinkable = [...firstLineParts(base), ...secondLineParts(base)].filter((p) => p.className.includes('job-event__free')).map((p) => p.text);
    expect(shrinkable).toEqual(['Harbour Dental', 'Replace the RAID disk']);
  });
  it("keeps a number's digits apart from its letters, for the week view's short events", () => {
    const number = firstLineParts(base)[1]!;
    expect([number.prefix, number.text]).toEqual(['J-', '4001']);
    expect(splitNumber('J-12')).toEqual({ prefix: 'J-', digits: '12' });
    expect(splitNumber('WO2026-0042')).toEqual({ prefix: 'WO2026-', digits: '0042' });
    expect(splitNumber('1234')).toEqual({ prefix: '', digits: '1234' });
    expect(splitNumber('ABC')).toEqual({ prefix: '', digits: 'ABC' });
  });
  it('shows the client, then the status, then the title on the second line', () => {
    expect(texts(secondLineParts({ ...base, status: 'on-hold', statusText: 'On hold' }))).toEqual(['Harbour Dental', 'On hold', 'Replace the RAID disk']);
  });
});
