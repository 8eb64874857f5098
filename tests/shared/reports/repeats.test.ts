import { describe, expect, it } from 'vitest';
import { repeatsReport } from '../../../shared/reports/repeats';
import { shopClock } from '../../../shared/reports/shop-clock';
import { reportJob } from './support';

const clock = shopClock('Europe/London');
const job = (receivedAt: string, siteId: string | null, category: 'printer' | 'network' = 'printer', extra = {}) => reportJob({ clientId: 'c1', siteId, category, receivedAt, ...extra });

const jobs = [
  job('2026-03-01T10:00:00Z', 's1'),
  job('2026-03-10T10:00:00Z', 's1'),
  job('2026-03-20T10:00:00Z', 's1'),
  job('2026-03-05T10:00:00Z', 's2'),
  // 23:30 UTC on 30 March is 00:30 BST on the 31st: just outside the window 1–30 March (by UTC date it would make four).
  job('2026-03-30T23:30:00Z', 's1'),
  job('2026-04-20T10:00:00Z', 's1'),
  job('2026-03-12T10:00:00Z', 's1', 'network'),
  job('2026-03-13T10:00:00Z', 's1', 'network'),
  // Plan visits are not problems.
  job('2026-03-11T10:00:00Z', 's1', 'printer', { maintenance: { planId: 'p', occurrenceDate: '2026-03-11', windowStart: '2026-03-11T08:00:00Z', windowEnd: '2026-03-11T12:00:00Z' } }),
];

const plans = [{ id: 'plan-s2', clientId: 'c1', siteId: 's2', active: true }, { id: 'plan-old', clientId: 'c1', siteId: null, active: false }];

describe('repeat problems', () => {
  const r = repeatsReport(jobs, { from: '2026-03-01', to: '2026-04-30', windowDays: 30, minJobs: 3 }, clock, { siteName: (id) => (id === 's1' ? 'Head office' : null), plans });

  it('finds a site with three printer jobs inside 30 days, by shop day', () => {
    const site = r.candidates.find((c) => c.scope === 'site');
    expect(site).toMatchObject({ siteId: 's1', siteName: 'Head office', category: 'printer', jobsInWindow: 3, windowFrom: '2026-03-01', windowTo: '2026-03-30', jobsInRange: 5 });
    expect(site?.jobNumbers).toHaveLength(3);
    // The plan for the other site does not cover this one; the inactive whole-client plan does not count.
    expect(site).toMatchObject({ hasMaintenancePlan: false, planIds: [] });
  });

  it('lists the client too when its jobs spread over sites make a bigger window', () => {
    const client = r.candidates.find((c) => c.scope === 'client');
    expect(client).toMatchObject({ clientId: 'c1', siteId: null, category: 'printer', jobsInWindow: 4, windowFrom: '2026-03-01', windowTo: '2026-03-30', jobsInRange: 6, hasMaintenancePlan: true, planIds: ['plan-s2'] });
    expect(r.candidates.map((c) => c.scope)).toEqual(['client', 'site']);
  });

  it('leaves out groups under the threshold, and counts jobs per category', () => {
    expect(r.candidates.some((c) => c.category === 'network')).toBe(false);
    expect(r.byCategory.find((c) => c.category === 'printer')?.jobs).toBe(6);
    expect(r.byCategory.find((c) => c.category === 'network')?.jobs).toBe(2);
    expect(r.byCategory.find((c) => c.category === 'hardware')?.jobs).toBe(0);
  });

  it('does not list the client when one site explains all of it', () => {
    const lower = repeatsReport(jobs.filter((j) => j.siteId !== 's2'), { from: '2026-03-01', to: '2026-04-30', windowDays: 30, minJobs: 3 }, clock, { siteName: () => null, plans: [] });
    expect(lower.candidates.map((c) => c.scope)).toEqual(['site']);
  });
});
