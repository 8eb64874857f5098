import { describe, expect, it } from 'vitest';
import { planHorizon } from '../../../../../electron/core/services/planner/horizon';
import { makeTechnician } from '../../../../support/factories';

const weekdays = makeTechnician({ id: 'w', workingHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }] });
const everyDay = makeTechnician({ id: 'e', workingHours: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '08:00', end: '17:00' }] });

describe('plan horizon', () => {
  it('on a Sunday nobody works, "today and the next working day" is Monday and Tuesday', () => {
    const h = planHorizon([weekdays], new Date('2026-12-06T09:30:00Z'), 2, 'Europe/London');
    expect(h).toMatchObject({ lastDay: '2026-12-08', end: new Date('2026-12-09T00:00:00Z') });
    expect(h.start.toISOString()).toBe('2026-12-06T09:30:00.000Z');
  });

  it('ends at local midnight on a DST change, built with the zone rules', () => {
    // Sunday 29 March 2026: London springs forward; midnight after Monday is 23:00 UTC.
    expect(planHorizon([everyDay], new Date('2026-03-29T08:30:00Z'), 2, 'Europe/London').end).toEqual(new Date('2026-03-30T23:00:00Z'));
    // Today only, in New York on the fall-back day (a 25-hour day).
    expect(planHorizon([everyDay], new Date('2026-11-01T14:30:00Z'), 1, 'America/New_York').end).toEqual(new Date('2026-11-02T05:00:00Z'));
  });

  it('with nobody working at all, the horizon is today only', () => {
    const idle = makeTechnician({ id: 'i', active: false });
    expect(planHorizon([idle], new Date('2026-12-09T09:30:00Z'), 3, 'Europe/London').lastDay).toBe('2026-12-09');
  });
});
