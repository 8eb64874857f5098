/**
 * The sample shop's history makes every report mean something on first open: read through the
 * reports service over the five weeks before the closed-out week, at the end-to-end tests' pinned
 * morning (Wednesday 9 December 2026) and at the unit tests' (Wednesday 25 November).
 */
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../../shared/schemas/document';
import { createHarness } from '../support/harness';

async function sampleAt(now: string) {
  const h = createHarness({ doc: emptyDocument('Europe/London'), now });
  await h.value('sample:load', {});
  return h;
}

describe.each([
  // The history runs 42 to 8 days back; the batches are made on the first of the month.
  ['2026-12-09T09:30:00Z', { from: '2026-10-28', to: '2026-12-01' }, '2026-12'],
  ['2026-11-25T11:00:00Z', { from: '2026-10-14', to: '2026-11-17' }, '2026-11'],
])('the sample shop loaded at %s', (now, range, billedMonth) => {
  it('has a daily and weekly pattern with one peak day', async () => {
    const h = await sampleAt(now);
    const demand = await h.value('reports:demand', range);
    const peaks = demand.days.filter((d) => d.peak);
    expect(peaks.length).toBeGreaterThanOrEqual(1);
    const busiest = [...demand.days].sort((a, b) => b.received - a.received)[0]!;
    expect(busiest.weekday).toBe(1);
    expect(busiest.peak).toBe(true);
    const byHour = demand.heatmap.reduce((sum, row) => sum.map((n, i) => n + (row[i] ?? 0)), new Array<number>(24).fill(0));
    // Mornings are busier than afternoons, nights are quiet.
    expect(byHour[8]! + byHour[9]!).toBeGreaterThan(byHour[14]! + byHour[15]!);
    expect(byHour[2]).toBe(0);
    const mean = (weekday: number) => {
      const days = demand.days.filter((d) => d.weekday === weekday && !d.peak);
      return days.reduce((n, d) => n + d.received, 0) / days.length;
    };
    expect(mean(1)).toBeGreaterThan(mean(5));
    expect(mean(5)).toBeGreaterThan(mean(6));
    expect(demand.forecast.slots.some((s) => s.expected > 0 && s.high > s.low)).toBe(true);
  });

  it('has SLA breaches of more than one cause, a backlog peak, and first-time fixes short of 100 %', async () => {
    const h = await sampleAt(now);
    const sla = await h.value('reports:sla', range);
    expect(sla.breaches.length).toBeGreaterThan(0);
    expect(Object.values(sla.causes).filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(sla.overall.responsePercent).toBeGreaterThan(50);
    const backlog = await h.value('reports:backlog', range);
    expect(backlog.peaks[0]!.queue).toBeGreaterThanOrEqual(5);
    const techs = await h.value('reports:technicians', range);
    expect(techs.totals.firstTimeFixPercent).toBeGreaterThan(50);
    expect(techs.totals.firstTimeFixPercent).toBeLessThan(100);
    expect(techs.totals.billableMinutes).toBeGreaterThan(0);
    expect(techs.totals.nonBillableMinutes).toBeGreaterThan(0);
    expect(techs.rows.every((r) => (r.bookedPercent ?? 0) > 0)).toBe(true);
  });

  it('has one technician over the weekly overtime limit', async () => {
    const h = await sampleAt(now);
    const balance = await h.value('reports:balance', range);
    expect(balance.overLimit).toHaveLength(1);
    expect(balance.rows.find((r) => r.technicianId === balance.overLimit[0])?.name).toBe('Alex Chen');
  });

  it('has a site with repeated printer jobs and no plan, and billed and unbilled work', async () => {
    const h = await sampleAt(now);
    const repeats = await h.value('reports:repeats', range);
    const printer = repeats.candidates.find((c) => c.scope === 'site' && c.category === 'printer');
    expect(printer).toMatchObject({ clientName: 'Patel & Moore Accountants', hasMaintenancePlan: false });
    expect(printer!.jobsInWindow).toBeGreaterThanOrEqual(3);
    const income = await h.value('reports:income', { from: range.from, to: now.slice(0, 10) });
    expect(income.months.find((m) => m.month === billedMonth)!.billedNetMinor).toBeGreaterThan(0);
    expect(income.totals.unbilledNetMinor).toBeGreaterThan(0);
    expect(income.blockHours.length).toBeGreaterThan(0);
  });
});
