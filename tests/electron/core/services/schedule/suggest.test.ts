import { describe, expect, it } from 'vitest';
import { createHarness, jobInput } from '../../support/harness';

// The harness clock is Wednesday 25 November 2026 10:00 in London (UTC in winter); slots are 15 min.
describe('schedule:suggest', () => {
  it('ranks the technician with the skills and the site zone first, from the store, writing nothing', async () => {
    const h = createHarness();
    // Site s1 is in zone Central; Sam Okoro (Central) has printers, Alex Chen (North) does not.
    const job = await h.value('jobs:create', jobInput({ siteId: 's1', requiredSkills: ['printers'], estimateMinutes: 60 }));
    const list = await h.unchanged(() => h.value('schedule:suggest', { jobId: job.id }));
    expect(list.emptyReason).toBeNull();
    expect(list.days).toBe(14);
    expect(list.suggestions.map((s) => [s.technicianName, s.start, s.end])).toEqual([
      ['Sam Okoro', '2026-11-25T10:00:00.000Z', '2026-11-25T11:00:00.000Z'],
      ['Alex Chen', '2026-11-25T10:00:00.000Z', '2026-11-25T11:00:00.000Z'],
    ]);
    expect(list.suggestions[0]?.reasons.map((r) => r.text)).toEqual([
      'has printers',
      'Central zone',
      'free 10:00',
      'before response due',
      'nothing booked that day',
    ]);
  });

  it("finds the slot after the technician's other job", async () => {
    const h = createHarness();
    const first = await h.value('jobs:create', jobInput({ estimateMinutes: 90 }));
    await h.value('schedule:assign', { jobId: first.id, technicianId: 't2', start: '2026-11-25T10:00:00.000Z' });
    const job = await h.value('jobs:create', jobInput({ siteId: 's1', estimateMinutes: 30 }));
    const list = await h.value('schedule:suggest', { jobId: job.id, limit: 1 });
    expect(list.suggestions.map((s) => [s.technicianName, s.start])).toEqual([['Sam Okoro', '2026-11-25T11:30:00.000Z']]);
  });

  it('refuses an unknown job and bad limits', async () => {
    const h = createHarness();
    expect((await h.error('schedule:suggest', { jobId: 'nope' })).code).toBe('NOT_FOUND');
    const bad = await h.error('schedule:suggest', { jobId: 'x', limit: 0 });
    expect(bad.code).toBe('BAD_INPUT');
    expect(bad.issues?.[0]?.path).toBe('limit');
  });
});
