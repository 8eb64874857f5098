/**
 * The plan form's draft: what the dispatcher types, and the checks and conversion to what the host
 * takes. Pure, so it is unit-tested without a page.
 */
import { describeRule, nextOccurrenceDays, ruleProblem } from '../../../../shared/domain/maintenance-rule';
import type { Input } from '../../../../shared/ipc/contract';
import type { Priority } from '../../../../shared/schemas/common';
import type { JobCategory } from '../../../../shared/schemas/job';
import type { MaintenancePlan } from '../../../../shared/schemas/maintenance';
import { defaultPattern, patternOf, ruleOf } from './rule-patterns';
import type { Pattern } from './rule-patterns';

export type PlanDraft = {
  clientId: string;
  siteId: string | null;
  title: string;
  category: JobCategory;
  skills: string;
  estimate: string;
  checklist: string;
  priority: Priority;
  pattern: Pattern;
  startDay: string;
  endDay: string;
  windowStart: string;
  windowEnd: string;
  leadDays: string;
  preferredTechnicianId: string | null;
  preferredZone: string;
  active: boolean;
  /** Editing: let the plan's jobs that have not started follow the change too. */
  applyToCreated: boolean;
};

export type PlanField = 'title' | 'estimate' | 'rule' | 'startDay' | 'endDay' | 'window' | 'leadDays';
export type PlanErrors = Partial<Record<PlanField, string>>;

/** What a new plan starts from when another view proposes it (the Reports view's repeat problems). */
export type PlanPrefill = { clientId: string; siteId: string | null; category: JobCategory; title: string };

/** An empty draft with the proposed client, site, category and title filled in. */
export function prefilledPlanDraft(prefill: PlanPrefill, today: string): PlanDraft {
  return { ...emptyPlanDraft(prefill.clientId, today), siteId: prefill.siteId, category: prefill.category, title: prefill.title };
}

export function emptyPlanDraft(clientId: string, today: string): PlanDraft {
  return {
    clientId,
    siteId: null,
    title: '',
    category: 'maintenance',
    skills: '',
    estimate: '60',
    checklist: '',
    priority: 'P4',
    pattern: defaultPattern(),
    startDay: today,
    endDay: '',
    windowStart: '09:00',
    windowEnd: '12:00',
    leadDays: '14',
    preferredTechnicianId: null,
    preferredZone: '',
    active: true,
    applyToCreated: false,
  };
}

export function draftFromPlan(plan: MaintenancePlan): PlanDraft {
  return {
    clientId: plan.clientId,
    siteId: plan.siteId,
    title: plan.title,
    category: plan.category,
    skills: plan.requiredSkills.join(', '),
    estimate: String(plan.estimateMinutes),
    checklist: plan.checklist,
    priority: plan.priority,
    pattern: patternOf(plan.rule, plan.startDay),
    startDay: plan.startDay,
    endDay: plan.endDay ?? '',
    windowStart: plan.windowStart,
    windowEnd: plan.windowEnd,
    leadDays: String(plan.leadDays),
    preferredTechnicianId: plan.preferredTechnicianId,
    preferredZone: plan.preferredZone,
    active: plan.active,
    applyToCreated: false,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

/** What is wrong with the draft, per field (empty when it can be saved). */
export function planErrors(d: PlanDraft): PlanErrors {
  const errors: PlanErrors = {};
  if (d.title.trim().length < 3) errors.title = 'Say in a few words what the visit is for.';
  const estimate = wholeNumber(d.estimate);
  if (!(estimate >= 5 && estimate <= 1440)) errors.estimate = 'Enter the minutes a visit takes, 5 to 1440.';
  if (!DAY.test(d.startDay)) errors.startDay = 'Pick the first day the plan may fall on.';
  if (d.endDay !== '' && (!DAY.test(d.endDay) || d.endDay < d.startDay)) errors.endDay = 'The end day must be on or after the start day.';
  if (!(d.windowStart < d.windowEnd)) errors.window = 'The visit window must end after it starts.';
  const lead = wholeNumber(d.leadDays);
  if (!(lead >= 0 && lead <= 365)) errors.leadDays = 'Enter 0 to 365 days.';
  if (d.pattern.kind === 'weekly' && d.pattern.weekdays.length === 0) errors.rule = 'Pick at least one weekday.';
  else if (!errors.startDay) {
    const problem = ruleProblem(ruleOf(d.pattern), d.startDay);
    if (problem) errors.rule = `This repeat cannot be used: ${problem}.`;
  }
  return errors;
}

/** The rule in words and its next visits from `today`, or why there are none. */
export function rulePreview(d: PlanDraft, today: string, count = 5): { text: string; days: string[] } | { problem: string } {
  const errors = planErrors(d);
  const problem = errors.rule ?? errors.startDay ?? errors.endDay;
  if (problem) return { problem };
  const rule = ruleOf(d.pattern);
  const from = d.startDay > today ? d.startDay : today;
  return { text: describeRule(rule), days: nextOccurrenceDays(rule, d.startDay, d.endDay || null, from, count) };
}

/** The fields the host takes for a new plan (call only when `planErrors` is empty). */
export function toPlanInput(d: PlanDraft): Input<'maintenance:create'> {
  return {
    clientId: d.clientId,
    siteId: d.siteId,
    title: d.title.trim(),
    category: d.category,
    requiredSkills: [...new Set(d.skills.split(/[,;]/).map((s) => s.trim().toLowerCase()).filter(Boolean))],
    estimateMinutes: Number(d.estimate),
    checklist: d.checklist,
    priority: d.priority,
    rule: ruleOf(d.pattern),
    startDay: d.startDay,
    endDay: d.endDay || null,
    windowStart: d.windowStart,
    windowEnd: d.windowEnd,
    leadDays: Number(d.leadDays),
    preferredTechnicianId: d.preferredTechnicianId,
    preferredZone: d.preferredZone.trim(),
    active: d.active,
  };
}

/** The change to an existing plan: only what differs from it, so nothing else is touched. */
export function toPlanUpdate(plan: MaintenancePlan, d: PlanDraft): Input<'maintenance:update'> {
  const { clientId: _client, ...next } = toPlanInput(d);
  const patch = Object.fromEntries(
    Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(plan[key as keyof MaintenancePlan])),
  );
  return { id: plan.id, patch, applyToCreated: d.applyToCreated };
}
