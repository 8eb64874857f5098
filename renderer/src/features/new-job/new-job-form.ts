/**
 * The quick-call form's model, free of React: the draft, what picking a client or a category fills
 * in, and the draft turned into a `jobs:create` input (or field errors a dispatcher can act on).
 */
import { DEFAULT_CATEGORY, DEFAULT_PRIORITY, categoryDefaults, usualSiteId } from '../../../../shared/domain/intake-defaults';
import type { Contact, Site } from '../../../../shared/schemas/client';
import type { Priority } from '../../../../shared/schemas/common';
import type { JobCreateInput } from '../../../../shared/schemas/inputs';
import { jobTitleProblem } from '../../../../shared/schemas/job';
import type { Job, JobCategory } from '../../../../shared/schemas/job';

export type Draft = {
  clientId: string | null;
  siteId: string | null;
  contactId: string | null;
  title: string;
  description: string;
  category: JobCategory;
  priority: Priority;
  /** Comma-separated, as typed. */
  skills: string;
  /** Minutes, as typed. */
  estimate: string;
  /** Fields the dispatcher changed by hand: a later category change leaves them alone. */
  edited: { skills: boolean; estimate: boolean };
};

export type DraftErrors = Partial<Record<'clientId' | 'title' | 'estimate' | 'skills' | 'form', string>>;

export const CATEGORY_LABELS: Readonly<Record<JobCategory, string>> = {
  hardware: 'Hardware',
  software: 'Software',
  network: 'Network',
  printer: 'Printer',
  security: 'Security',
  maintenance: 'Maintenance',
  other: 'Other',
};

export function emptyDraft(): Draft {
  const d = categoryDefaults(DEFAULT_CATEGORY);
  return {
    clientId: null,
    siteId: null,
    contactId: null,
    title: '',
    description: '',
    category: DEFAULT_CATEGORY,
    priority: DEFAULT_PRIORITY,
    skills: d.skills.join(', '),
    estimate: String(d.estimateMinutes),
    edited: { skills: false, estimate: false },
  };
}

/** Whether anything worth keeping was typed (Escape asks before throwing it away). */
export function isDirty(d: Draft): boolean {
  return d.clientId !== null || d.title.trim() !== '' || d.description.trim() !== '';
}

/** Pick a client: their usual site, and their only contact if they have just one. */
export function withClient(
  d: Draft,
  clientId: string,
  sites: readonly Site[],
  contacts: readonly Contact[],
  knownJobs: readonly Pick<Job, 'clientId' | 'siteId' | 'receivedAt'>[],
): Draft {
  if (d.clientId === clientId) return d;
  const own = contacts.filter((c) => c.clientId === clientId);
  return { ...d, clientId, siteId: usualSiteId(clientId, sites, knownJobs), contactId: own.length === 1 ? own[0]!.id : null };
}

/** Pick a category: its usual estimate and skills, unless the dispatcher already set them. */
export function withCategory(d: Draft, category: JobCategory): Draft {
  const defaults = categoryDefaults(category);
  return {
    ...d,
    category,
    skills: d.edited.skills ? d.skills : defaults.skills.join(', '),
    estimate: d.edited.estimate ? d.estimate : String(defaults.estimateMinutes),
  };
}

/** The draft as a `jobs:create` input, or the fields to fix. */
export function toCreateInput(d: Draft): { ok: true; input: JobCreateInput } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (!d.clientId) errors.clientId = 'Pick the client who is calling.';
  const title = jobTitleProblem(d.title);
  if (title) errors.title = title;
  const estimate = Number(d.estimate.trim());
  if (!/^\d+$/.test(d.estimate.trim()) || estimate < 5 || estimate > 24 * 60) {
    errors.estimate = 'Give the estimate in whole minutes, 5 to 1440.';
  }
  const skills = [...new Set(d.skills.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))];
  if (skills.some((s) => s.length > 40)) errors.skills = 'A skill name is at most 40 characters.';
  if (skills.length > 30) errors.skills = 'At most 30 skills.';
  if (Object.keys(errors).length > 0 || !d.clientId) return { ok: false, errors };
  return {
    ok: true,
    input: {
      clientId: d.clientId,
      siteId: d.siteId,
      contactId: d.contactId,
      title: d.title.trim(),
      description: d.description,
      category: d.category,
      priority: d.priority,
      requiredSkills: skills,
      estimateMinutes: estimate,
    },
  };
}

/** Map the host's field issues (`title`, `estimateMinutes`…) onto the form's fields. */
export function errorsFromIssues(issues: readonly { path: string; message: string }[] | undefined): DraftErrors {
  const errors: DraftErrors = {};
  for (const issue of issues ?? []) {
    const field = issue.path.split('.')[0];
    if (field === 'clientId' || field === 'title') errors[field] = issue.message;
    else if (field === 'estimateMinutes') errors.estimate = issue.message;
    else if (field === 'requiredSkills') errors.skills = issue.message;
  }
  return errors;
}
