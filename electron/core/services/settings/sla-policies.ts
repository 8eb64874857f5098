/**
 * SLA tiers: list them, and replace one from the settings dialog. A change applies to jobs created
 * (or re-prioritised) afterwards; due times already promised to a customer are never moved by it.
 */
import type { SlaPolicy } from '../../../../shared/schemas/sla';
import type { FieldIssue } from '../../../../shared/schemas/issues';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { badInput, notFound } from '../errors';
import { describeIssues } from '../../../../shared/schemas/issues';

const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

/**
 * What the schema cannot say on its own: the clock must run at some time of the week, a job cannot
 * be due to be resolved before it is due a response, and a holiday is listed once.
 */
function policyIssues(policy: SlaPolicy): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (policy.businessHours.length === 0) {
    issues.push({ path: 'businessHours', message: 'add at least one interval, or the SLA clock never runs' });
  }
  for (const p of PRIORITIES) {
    const t = policy.targets[p];
    if (t.resolutionMinutes < t.responseMinutes) {
      issues.push({ path: `targets.${p}.resolutionMinutes`, message: 'must not be shorter than the response time' });
    }
  }
  const seen = new Set<string>();
  policy.holidays.forEach((day, i) => {
    if (seen.has(day)) issues.push({ path: `holidays.${i}`, message: `${day} is listed twice` });
    seen.add(day);
  });
  return issues;
}

/** A stable form to store: holidays in date order, so the file and the dialog read the same way. */
function normalised(policy: SlaPolicy): SlaPolicy {
  return { ...policy, holidays: [...policy.holidays].sort() };
}

export function createSlaService(ctx: ServiceContext) {
  return {
    /** Every tier, in stored order. */
    list(): SlaPolicy[] {
      return [...ctx.store.read().slaPolicies];
    },

    /**
     * Replace the tier with `policy.id` (NOT_FOUND for an unknown id, BAD_INPUT naming the fields
     * for hours that never open, resolution shorter than response, a repeated holiday). Publishes
     * `settings:changed`, which views also read as "SLA tiers changed". An identical policy writes
     * nothing.
     */
    set(policy: SlaPolicy): Promise<SlaPolicy> {
      const issues = policyIssues(policy);
      if (issues.length > 0) throw badInput(`The SLA tier "${policy.name}" is not valid: ${describeIssues(issues)}`, issues);
      const next = normalised(policy);
      const current = ctx.store.read().slaPolicies.find((p) => p.id === policy.id);
      if (!current) throw notFound(`There is no SLA tier "${policy.id}". It may have been removed on another screen.`);
      if (JSON.stringify(current) === JSON.stringify(next)) return Promise.resolve(current);
      return commit(
        ctx,
        (doc) => {
          const index = doc.slaPolicies.findIndex((p) => p.id === next.id);
          if (index === -1) throw notFound(`There is no SLA tier "${next.id}". It may have been removed on another screen.`);
          doc.slaPolicies[index] = next;
          return next;
        },
        (_, revision) => ctx.events.publish('settings:changed', { revision }),
      );
    },
  };
}
