import { describe, expect, it } from 'vitest';
import { closeOutHash, parseCloseOutRoute } from '../../../../renderer/src/features/close-out/close-out-route';

describe('the close-out route', () => {
  it('round-trips a day and a technician, also through the encoded form the headless bridge leaves', () => {
    const hash = closeOutHash('2026-12-04', 'tech 1');
    expect(parseCloseOutRoute(hash)).toEqual({ day: '2026-12-04', technicianId: 'tech 1' });
    expect(parseCloseOutRoute(encodeURIComponent(hash))).toEqual({ day: '2026-12-04', technicianId: 'tech 1' });
    expect(parseCloseOutRoute(closeOutHash('2026-12-04'))).toEqual({ day: '2026-12-04', technicianId: null });
  });

  it('is not the route for other fragments or a bad day', () => {
    for (const hash of ['', '#/run-sheets?day=2026-12-04', '#/close-outx?day=2026-12-04', '#/close-out?day=4 Dec', '#/close-out', '%E0%A4%A']) {
      expect(parseCloseOutRoute(hash)).toBeNull();
    }
  });
});
