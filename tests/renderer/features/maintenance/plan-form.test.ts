import { describe, expect, it } from 'vitest';
import { draftFromPlan, emptyPlanDraft, planErrors, prefilledPlanDraft, rulePreview, toPlanInput, toPlanUpdate } from '../../../../renderer/src/features/maintenance/plan-form';
import { defaultPattern, patternOf, ruleOf } from '../../../../renderer/src/features/maintenance/rule-patterns';
import type { Pattern } from '../../../../renderer/src/features/maintenance/rule-patterns';
import { makeMaintenancePlan } from '../../../support/factories';

const pattern = (p: Partial<Pattern>): Pattern => ({ ...defaultPattern(), ...p });

describe('rule patterns', () => {
  it('builds the usual patterns as RFC 5545 rules', () => {
    expect(ruleOf(pattern({ kind: 'weekdays' }))).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(ruleOf(pattern({ kind: 'weekly', interval: 2, weekdays: [5, 1] }))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR');
    expect(ruleOf(pattern({ kind: 'monthly-weekday', nth: 1, weekday: 2 }))).toBe('FREQ=MONTHLY;BYDAY=+1TU');
    expect(ruleOf(pattern({ kind: 'monthly-weekday', nth: -1, weekday: 5 }))).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(ruleOf(pattern({ kind: 'monthly-day', interval: 3, monthDay: 15 }))).toBe('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15');
    expect(ruleOf(pattern({ kind: 'monthly-day', monthDay: 30 }))).toBe('FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1');
    expect(ruleOf(pattern({ kind: 'monthly-day', monthDay: -1 }))).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(ruleOf(pattern({ kind: 'yearly' }))).toBe('FREQ=YEARLY');
    expect(ruleOf(pattern({ kind: 'custom', custom: ' FREQ=DAILY;INTERVAL=2 ' }))).toBe('FREQ=DAILY;INTERVAL=2');
  });

  it('reads every pattern it builds back as the same pattern', () => {
    const patterns: Pattern[] = [
      pattern({ kind: 'weekdays', weekdays: [1, 2, 3, 4, 5] }),
      pattern({ kind: 'weekly', interval: 2, weekdays: [1, 5] }),
      pattern({ kind: 'monthly-weekday', interval: 1, nth: -1, weekday: 5 }),
      pattern({ kind: 'monthly-day', interval: 3, monthDay: 31 }),
      pattern({ kind: 'monthly-day', interval: 1, monthDay: -1 }),
      pattern({ kind: 'yearly', interval: 2 }),
    ];
    for (const p of patterns) expect(ruleOf(patternOf(ruleOf(p), '2026-01-10')), ruleOf(p)).toBe(ruleOf(p));
  });

  it('shows "every 3 months" without a day as monthly on the start day, and anything else as custom', () => {
    expect(patternOf('FREQ=MONTHLY;INTERVAL=3', '2026-02-10')).toMatchObject({ kind: 'monthly-day', interval: 3, monthDay: 10 });
    expect(patternOf('FREQ=DAILY;BYMONTH=6', '2026-01-01')).toMatchObject({ kind: 'custom', custom: 'FREQ=DAILY;BYMONTH=6' });
    expect(patternOf('FREQ=MONTHLY;BYDAY=+5MO', '2026-01-01').kind).toBe('custom');
  });
});

describe('plan form', () => {
  const today = '2026-12-06';
  const draft = { ...emptyPlanDraft('c1', today), title: 'Monthly server check' };

  it('accepts a complete draft and previews the next visits in words', () => {
    expect(planErrors(draft)).toEqual({});
    expect(rulePreview(draft, today)).toEqual({ text: 'every month on the 1st Tuesday', days: ['2027-01-05', '2027-02-02', '2027-03-02', '2027-04-06', '2027-05-04'] });
  });

  it('names each field that is wrong', () => {
    const bad = { ...draft, title: 'x', estimate: '2', endDay: '2026-01-01', windowStart: '12:00', windowEnd: '09:00', leadDays: '-1' };
    expect(Object.keys(planErrors(bad)).sort()).toEqual(['endDay', 'estimate', 'leadDays', 'title', 'window']);
    expect(planErrors({ ...draft, pattern: pattern({ kind: 'weekly', weekdays: [] }) }).rule).toMatch(/weekday/);
    const never = { ...draft, pattern: pattern({ kind: 'custom', custom: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }) };
    expect(planErrors(never).rule).toMatch(/never falls/);
    expect(rulePreview(never, today)).toEqual({ problem: expect.stringMatching(/never falls/) });
  });

  it('sends tidy input, and for an edit only what changed', () => {
    const input = toPlanInput({ ...draft, skills: 'Windows, servers;windows', endDay: '' });
    expect(input).toMatchObject({ requiredSkills: ['windows', 'servers'], endDay: null, rule: 'FREQ=MONTHLY;BYDAY=+1TU', estimateMinutes: 60, leadDays: 14 });
    const plan = makeMaintenancePlan({ clientId: 'c1' });
    const edit = { ...draftFromPlan(plan), title: 'Quarterly check', applyToCreated: true };
    expect(toPlanUpdate(plan, edit)).toEqual({ id: plan.id, patch: { title: 'Quarterly check' }, applyToCreated: true });
  });
});

describe('a plan proposed by the Reports view', () => {
  it('starts from an empty draft with the client, site, category and title filled in', () => {
    const draft = prefilledPlanDraft({ clientId: 'c1', siteId: 's2', category: 'printer', title: 'Printer maintenance — Main office' }, '2026-12-06');
    expect(draft).toEqual({ ...emptyPlanDraft('c1', '2026-12-06'), siteId: 's2', category: 'printer', title: 'Printer maintenance — Main office' });
  });
});
