import { describe, expect, it } from 'vitest';
import { createHarness } from '../../support/harness';

describe('public holidays', () => {
  it('lists countries, a country’s states and a state’s regions by name', async () => {
    const h = createHarness();
    const countries = await h.value('holidays:countries', {});
    expect(countries.length).toBeGreaterThan(100);
    expect(countries).toContainEqual({ code: 'GB', name: 'United Kingdom' });
    expect(await h.value('holidays:regions', { country: 'GB' })).toContainEqual({ code: 'SCT', name: 'Scotland' });
    expect(await h.value('holidays:regions', { country: 'DE', state: 'BY' })).toContainEqual({ code: 'A', name: 'Stadt Augsburg' });
    expect(await h.value('holidays:regions', { country: 'IS' })).toEqual([]);
  });

  it('gives England’s and Scotland’s 2026 holidays by shop day, substitute days included', async () => {
    const h = createHarness();
    const england = await h.value('holidays:list', { country: 'GB', state: 'ENG', year: 2026 });
    const publicDays = england.filter((d) => d.type === 'public').map((d) => d.day);
    expect(publicDays).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-26', '2026-12-28']);
    expect(england.find((d) => d.day === '2026-12-28')?.name).toBe('Boxing Day (substitute day)');
    const scotland = await h.value('holidays:list', { country: 'GB', state: 'SCT', year: 2026 });
    expect(scotland.some((d) => d.day === '2026-01-02' && d.type === 'public')).toBe(true);
    expect(scotland.some((d) => d.day === '2026-04-06' && d.type === 'public')).toBe(false);
  });

  it('refuses places the data set does not know, and years outside the input window', async () => {
    const h = createHarness();
    expect((await h.error('holidays:list', { country: 'ZZ', year: 2026 })).code).toBe('NOT_FOUND');
    expect((await h.error('holidays:list', { country: 'GB', state: 'XYZ', year: 2026 })).code).toBe('NOT_FOUND');
    expect((await h.error('holidays:list', { country: 'GB', state: null, region: 'A', year: 2026 })).code).toBe('NOT_FOUND');
    expect((await h.error('holidays:list', { country: 'GB', year: 1999 })).code).toBe('BAD_INPUT');
    expect((await h.error('holidays:regions', { country: 'gb' })).code).toBe('BAD_INPUT');
  });
});
