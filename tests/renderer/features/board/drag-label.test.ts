import { describe, expect, it } from 'vitest';
import { dragLabelText } from '../../../../renderer/src/features/board/drag-label';
import { nudged } from '../../../../renderer/src/features/board/use-event-nudge';

describe('the drag label', () => {
  it("names the technician, the day and the snapped times (the calendar's wall-clock strings)", () => {
    expect(dragLabelText("Liam O'Connor", '2026-12-09T09:15:00+00:00', '2026-12-09T10:45:00+00:00')).toBe("Liam O'Connor · Wed 09:15–10:45");
  });
  it('names the end day too when the job runs past midnight', () => {
    expect(dragLabelText('Ana Silva', '2026-12-09T23:00:00-05:00', '2026-12-10T01:00:00-05:00')).toBe('Ana Silva · Wed 23:00–Thu 01:00');
  });
  it('shows the start alone when there is no end', () => {
    expect(dragLabelText('Ana Silva', '2026-12-13T08:00:00Z', '')).toBe('Ana Silva · Sun 08:00');
  });
});

describe('nudging a booking', () => {
  const asg = { start: '2026-12-09T09:00:00.000Z', end: '2026-12-09T10:30:00.000Z' };
  it('moves start and end by exactly one snap, either way', () => {
    expect(nudged(asg, 1, 15)).toEqual({ start: '2026-12-09T09:15:00.000Z', end: '2026-12-09T10:45:00.000Z' });
    expect(nudged(asg, -1, 15)).toEqual({ start: '2026-12-09T08:45:00.000Z', end: '2026-12-09T10:15:00.000Z' });
    expect(nudged(asg, 1, 10)).toEqual({ start: '2026-12-09T09:10:00.000Z', end: '2026-12-09T10:40:00.000Z' });
    expect(nudged(asg, -1, 60)).toEqual({ start: '2026-12-09T08:00:00.000Z', end: '2026-12-09T09:30:00.000Z' });
  });
  it('moves instants, so a nudge across a clock change keeps the length', () => {
    // London falls back at 02:00 BST on 25 October 2026 (01:00 UTC).
    const overnight = { start: '2026-10-25T00:50:00.000Z', end: '2026-10-25T01:50:00.000Z' };
    expect(nudged(overnight, 1, 15)).toEqual({ start: '2026-10-25T01:05:00.000Z', end: '2026-10-25T02:05:00.000Z' });
  });
});
