/**
 * The SLA tier editor's form model: a policy as editable strings, back to a policy checked with
 * the same schema the host uses (plus the host's extra rules, so the dispatcher sees every problem
 * before saving). Pure, so it is unit-tested without a DOM.
 */
import type { Priority } from '../../../../shared/schemas/common';
import type { FieldIssue } from '../../../../shared/schemas/issues';
import { toFieldIssues } from '../../../../shared/schemas/issues';
import { SlaPolicySchema } from '../../../../shared/schemas/sla';
import type { SlaPolicy } from '../../../../shared/schemas/sla';

export const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];

/** Monday first, as a shop reads its week; values are JavaScript weekdays (0 = Sunday). */
export const WEEKDAYS: readonly { day: number; short: string; long: string }[] = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 0, short: 'Sun', long: 'Sunday' },
];

export type HoursDraft = { days: number[]; start: string; end: string };

export type SlaDraft = {
  name: string;
  /** Minutes as typed, per priority. */
  targets: Record<Priority, { response: string; resolution: string }>;
  hours: HoursDraft[];
  holidays: string[];
};

/** The form's starting point for a stored policy. */
export function draftOf(policy: SlaPolicy): SlaDraft {
  const targets = {} as SlaDraft['targets'];
  for (const p of PRIORITIES) {
    targets[p] = { response: String(policy.targets[p].responseMinutes), resolution: String(policy.targets[p].resolutionMinutes) };
  }
  return {
    name: policy.name,
    targets,
    hours: policy.businessHours.map((h) => ({ days: [...h.days], start: h.start, end: h.end })),
    holidays: [...policy.holidays],
  };
}

/** A typed number, or NaN for anything that is not a whole number (the schema then names the field). */
function minutes(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
}

/** Issues the host would also raise (see electron/core/services/settings/sla-policies.ts). */
function extraIssues(policy: SlaPolicy): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (policy.businessHours.length === 0) issues.push({ path: 'businessHours', message: 'add at least one interval, or the SLA clock never runs' });
  for (const p of PRIORITIES) {
    if (policy.targets[p].resolutionMinutes < policy.targets[p].responseMinutes) {
      issues.push({ path: `targets.${p}.resolutionMinutes`, message: 'must not be shorter than the response time' });
    }
  }
  policy.holidays.forEach((day, i) => {
    if (policy.holidays.indexOf(day) !== i) issues.push({ path: `holidays.${i}`, message: `${day} is listed twice` });
  });
  return issues;
}

/** The draft as a policy ready for `sla:set`, or the problems, keyed by the policy's field paths. */
export function policyFromDraft(id: string, draft: SlaDraft): { ok: true; policy: SlaPolicy } | { ok: false; issues: FieldIssue[] } {
  const targets = Object.fromEntries(
    PRIORITIES.map((p) => [p, { responseMinutes: minutes(draft.targets[p].response), resolutionMinutes: minutes(draft.targets[p].resolution) }]),
  );
  const parsed = SlaPolicySchema.safeParse({
    id,
    name: draft.name,
    targets,
    businessHours: draft.hours.map((h) => ({ days: [...h.days].sort((a, b) => a - b), start: h.start, end: h.end })),
    holidays: [...draft.holidays].sort(),
  });
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  const issues = extraIssues(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, policy: parsed.data };
}

/** First message for a field path (or any path under it), for showing next to the input. */
export function issueAt(issues: readonly FieldIssue[], path: string): string | undefined {
  return issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
}

/** `90` → `1 h 30 m`, `2400` → `40 h` (business time, so never "days"). */
export function describeMinutes(text: string): string {
  const m = minutes(text);
  if (!Number.isFinite(m)) return '';
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} m`;
  return rest === 0 ? `${h} h` : `${h} h ${rest} m`;
}

/** `Mon–Fri 08:00–18:00`-style summary of a set of weekdays. */
export function describeDays(days: readonly number[]): string {
  const picked = WEEKDAYS.filter((w) => days.includes(w.day));
  if (picked.length === 7) return 'Every day';
  const order = WEEKDAYS.map((w) => w.day);
  const runs: string[] = [];
  let i = 0;
  while (i < picked.length) {
    let j = i;
    while (j + 1 < picked.length && order.indexOf(picked[j + 1]!.day) === order.indexOf(picked[j]!.day) + 1) j++;
    runs.push(j - i >= 2 ? `${picked[i]!.short}–${picked[j]!.short}` : picked.slice(i, j + 1).map((w) => w.short).join(', '));
    i = j + 1;
  }
  return runs.join(', ') || 'No days';
}
