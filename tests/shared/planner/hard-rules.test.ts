import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBurst } from '../../../scripts/lib/planner-burst';
import { firstComePlan, planInputFromDocument, planQueue, type Plan } from '../../../shared/planner';
import { planViolations } from '../../../shared/planner/verify';

const placements = (plan: Plan) => plan.bookings.map((b) => ({ jobId: b.jobId, technicianId: b.technicianId, start: Date.parse(b.start), end: Date.parse(b.end) }));

// Ordinary days, a Sunday, and both DST change days in London and New York.
const NOWS = ['2026-12-09T09:30:00Z', '2026-12-06T10:00:00Z', '2026-03-29T07:00:00Z', '2026-10-25T08:15:00Z', '2026-11-01T13:00:00Z', '2026-03-08T14:00:00Z'];

describe('the planner never breaks a hard rule', () => {
  it('on random bursts: skills, hours, time off, capacity, grid, overlaps with travel, overtime cap, fixed bookings untouched', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          technicians: fc.integer({ min: 1, max: 6 }),
          jobs: fc.integer({ min: 1, max: 25 }),
          overtime: fc.boolean(),
          mayMove: fc.boolean(),
          now: fc.constantFrom(...NOWS),
          timeZone: fc.constantFrom('Europe/London', 'America/New_York'),
          slot: fc.constantFrom(15, 30, 60),
        }),
        (c) => {
          const now = new Date(c.now);
          const doc = generateBurst({
            seed: c.seed,
            now,
            timeZone: c.timeZone,
            size: { technicians: c.technicians, jobs: c.jobs, arrivalMinutes: 90, zones: 3, bookedPerTechnician: 3, overtime: c.overtime },
          });
          doc.settings.slotMinutes = c.slot as 15;
          const input = planInputFromDocument(doc, { now, mayMove: c.mayMove });
          const plan = planQueue(input, { seed: c.seed, maxIterations: 300 });
          expect(planViolations(input, placements(plan))).toEqual([]);
          expect(planViolations(input, placements(firstComePlan(input)))).toEqual([]);
          const fixedIds = new Set(input.fixed.map((f) => f.jobId));
          expect(plan.bookings.filter((b) => fixedIds.has(b.jobId))).toEqual([]);
          // Pinned, dispatched and in-progress jobs are always among the fixed ones.
          for (const j of doc.jobs) {
            if (j.assignment && (j.pinned || ['dispatched', 'en-route', 'on-site'].includes(j.status))) {
              expect(input.jobs.some((p) => p.id === j.id)).toBe(false);
            }
          }
          if (!c.mayMove) expect(plan.bookings.some((b) => b.moved)).toBe(false);
          // Every job is either booked or explained.
          expect(plan.bookings.length + plan.unplaced.length).toBe(input.jobs.length);
        },
      ),
      { numRuns: 40, seed: 12 },
    );
  });

  it('plans nothing on a Sunday nobody works, and says why', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    const doc = generateBurst({ seed: 3, now, size: { technicians: 2, jobs: 3, arrivalMinutes: 30, zones: 2, bookedPerTechnician: 0, overtime: false } });
    const input = planInputFromDocument(doc, { now, mayMove: false, horizon: { start: now, end: new Date('2026-12-07T00:00:00Z') } });
    expect(input.technicians.every((t) => t.shifts.length === 0)).toBe(true);
    const plan = planQueue(input, { seed: 1 });
    expect(plan.bookings).toEqual([]);
    expect(plan.unplaced.map((u) => u.reason)).toHaveLength(3);
    expect(plan.unplaced[0]!.reason).toMatch(/^J-\d+ needs .* is free before Mon 00:00/);
  });
});
