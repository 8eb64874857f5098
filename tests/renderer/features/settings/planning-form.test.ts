import { describe, expect, it } from 'vitest';
import { fromDraft, toDraft } from '../../../../renderer/src/features/settings/planning-form';

const draft = toDraft({ withinZoneMinutes: 0, betweenZonesMinutes: 30, pairs: [{ from: 'North', to: 'South', minutes: 45 }] }, { allowed: false, dailyCapMinutes: 60, weeklyLimitMinutes: 300 });

describe('planning settings form', () => {
  it('round-trips the settings', () => {
    expect(fromDraft(draft)).toEqual({
      ok: true,
      travel: { withinZoneMinutes: 0, betweenZonesMinutes: 30, pairs: [{ from: 'North', to: 'South', minutes: 45 }] },
      overtime: { allowed: false, dailyCapMinutes: 60, weeklyLimitMinutes: 300 },
    });
  });

  it('names each wrong field: not whole minutes, over the limit, a pair of one zone, a pair listed twice (either way round)', () => {
    const result = fromDraft({
      ...draft,
      withinZone: '1.5',
      betweenZones: '481',
      dailyCap: '',
      pairs: [
        { from: 'North', to: 'South', minutes: '45' },
        { from: 'south', to: 'north', minutes: '10' },
        { from: 'East', to: 'east', minutes: '10' },
        { from: 'East', to: '', minutes: '10' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        withinZone: 'whole minutes, like 30',
        betweenZones: 'at most 480 minutes',
        dailyCap: 'whole minutes, like 30',
        pairs: { 1: 'this pair is already listed', 2: 'pick two different zones', 3: 'name both zones' },
      },
    });
  });
});
