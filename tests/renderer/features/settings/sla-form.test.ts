import { describe, expect, it } from 'vitest';
import { defaultSlaPolicies } from '../../../../shared/domain/sla-defaults';
import type { SlaPolicy } from '../../../../shared/schemas/sla';
import { describeDays, describeMinutes, draftOf, issueAt, policyFromDraft } from '../../../../renderer/src/features/settings/sla-form';

const [standard] = defaultSlaPolicies() as [SlaPolicy];

describe('SLA form model', () => {
  it('round-trips a stored policy unchanged', () => {
    expect(policyFromDraft(standard.id, draftOf(standard))).toEqual({ ok: true, policy: standard });
  });

  it('sorts weekdays and holidays into their stored order', () => {
    const draft = { ...draftOf(standard), hours: [{ days: [5, 1, 3], start: '09:00', end: '17:00' }], holidays: ['2026-12-26', '2026-12-25'] };
    const result = policyFromDraft('standard', draft);
    expect(result).toMatchObject({ ok: true, policy: { businessHours: [{ days: [1, 3, 5] }], holidays: ['2026-12-25', '2026-12-26'] } });
  });

  it('names every bad field: non-numbers, resolution before response, no hours, closing before opening, a repeated holiday', () => {
    const base = draftOf(standard);
    const bad = policyFromDraft('standard', {
      ...base,
      targets: { ...base.targets, P1: { response: 'soon', resolution: '60' } },
      hours: [{ days: [1], start: '18:00', end: '08:00' }],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(issueAt(bad.issues, 'targets.P1.responseMinutes')).toBeDefined();
    expect(issueAt(bad.issues, 'businessHours.0')).toBe('end must be after start');

    const rules = policyFromDraft('standard', {
      ...base,
      targets: { ...base.targets, P2: { response: '120', resolution: '60' } },
      hours: [],
      holidays: ['2026-12-25', '2026-12-25'],
    });
    expect(rules.ok ? [] : rules.issues.map((i) => i.path)).toEqual(['businessHours', 'targets.P2.resolutionMinutes', 'holidays.1']);
  });

  it('words minutes and weekday sets for the dispatcher', () => {
    expect(['45', '60', '90', '2400', 'x'].map(describeMinutes)).toEqual(['45 m', '1 h', '1 h 30 m', '40 h', '']);
    expect(describeDays([1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(describeDays([0, 1, 2, 3, 4, 5, 6])).toBe('Every day');
    expect(describeDays([6])).toBe('Sat');
    expect(describeDays([1, 3, 6, 0])).toBe('Mon, Wed, Sat, Sun');
    expect(describeDays([])).toBe('No days');
  });
});
