import { describe, expect, it } from 'vitest';
import { createHarness, jobInput } from '../../support/harness';

describe('sla:set', () => {
  it('replaces one tier, sorts its holidays, announces it, and applies to jobs created afterwards only', async () => {
    const h = createHarness();
    const before = await h.value('jobs:create', jobInput({ priority: 'P1' }));
    const standard = h.doc().slaPolicies.find((p) => p.id === 'standard')!;
    const edited = {
      ...standard,
      targets: { ...standard.targets, P1: { responseMinutes: 15, resolutionMinutes: 120 } },
      holidays: ['2026-12-26', '2026-12-25'],
    };
    const saved = await h.value('sla:set', edited);
    expect(saved.holidays).toEqual(['2026-12-25', '2026-12-26']);
    expect(h.doc().slaPolicies.find((p) => p.id === 'standard')).toEqual(saved);
    expect(h.events.at(-1)?.name).toBe('settings:changed');

    const after = await h.value('jobs:create', jobInput({ priority: 'P1' }));
    expect(after.responseDueAt).toBe('2026-11-25T10:15:00.000Z');
    expect(h.doc().jobs[0]).toEqual(before);
  });

  it('refuses an unknown tier with NOT_FOUND', async () => {
    const h = createHarness();
    const standard = h.doc().slaPolicies[0]!;
    const error = await h.refused(() => h.error('sla:set', { ...standard, id: 'platinum' }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('platinum') });
  });

  it('refuses hours that never open, resolution before response and a repeated holiday, naming each field', async () => {
    const h = createHarness();
    const standard = h.doc().slaPolicies[0]!;
    const error = await h.refused(() =>
      h.error('sla:set', {
        ...standard,
        businessHours: [],
        targets: { ...standard.targets, P2: { responseMinutes: 120, resolutionMinutes: 60 } },
        holidays: ['2026-12-25', '2026-12-25'],
      }),
    );
    expect(error.code).toBe('BAD_INPUT');
    expect(error.issues?.map((i) => i.path)).toEqual(['businessHours', 'targets.P2.resolutionMinutes', 'holidays.1']);
  });

  it('refuses a schema-invalid policy at the boundary', async () => {
    const h = createHarness();
    const standard = h.doc().slaPolicies[0]!;
    const error = await h.refused(() => h.error('sla:set', { ...standard, targets: { ...standard.targets, P1: { responseMinutes: 0, resolutionMinutes: 60 } } }));
    expect(error).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'targets.P1.responseMinutes' }] });
  });

  it('writes nothing for an identical policy', async () => {
    const h = createHarness();
    const standard = structuredClone(h.doc().slaPolicies[0]!);
    await h.unchanged(() => h.value('sla:set', standard));
  });
});
