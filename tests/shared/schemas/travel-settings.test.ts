import { describe, expect, it } from 'vitest';
import { TravelSettingsSchema } from '../../../shared/schemas/settings';

describe('travel settings at the boundary', () => {
  it('refuses a pair of one zone and a pair listed twice, either way round', () => {
    const ok = TravelSettingsSchema.safeParse({ withinZoneMinutes: 0, betweenZonesMinutes: 30, pairs: [{ from: 'North', to: 'South', minutes: 45 }] });
    expect(ok.success).toBe(true);
    expect(TravelSettingsSchema.safeParse({ withinZoneMinutes: 0, betweenZonesMinutes: 30, pairs: [{ from: 'North', to: 'north', minutes: 5 }] }).success).toBe(false);
    const twice = TravelSettingsSchema.safeParse({
      withinZoneMinutes: 0,
      betweenZonesMinutes: 30,
      pairs: [
        { from: 'North', to: 'South', minutes: 45 },
        { from: 'South', to: 'North', minutes: 20 },
      ],
    });
    expect(twice.success).toBe(false);
  });
});
