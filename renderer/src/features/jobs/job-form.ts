/**
 * Pure helpers behind the job panel's edit form: a job as editable text, the patch for what the
 * dispatcher changed, field errors from a refused save, and keeping unsaved edits when the job
 * changes on another screen.
 */
import type { Input } from '../../../../shared/ipc/contract';
import type { FieldIssue } from '../../../../shared/schemas/issues';
import { jobTitleProblem } from '../../../../shared/schemas/job';
import type { Job, JobCategory } from '../../../../shared/schemas/job';
import type { Priority } from '../../../../shared/schemas/common';
import { listText } from '../../../../shared/domain/words';

/** The editable fields as the form holds them (text inputs hold strings; '' = no site/contact). */
export type JobDraft = {
  title: string;
  description: string;
  category: JobCategory;
  priority: Priority;
  /** Comma-separated. */
  requiredSkills: string;
  /** Minutes, as typed. */
  estimateMinutes: string;
  siteId: string;
  contactId: string;
  notes: string;
};

export type DraftField = keyof JobDraft;
export type FieldErrors = Partial<Record<DraftField, string>>;
type JobPatch = Input<'jobs:update'>['patch'];

export const DRAFT_FIELDS: readonly DraftField[] = [
  'title',
  'description',
  'category',
  'priority',
  'requiredSkills',
  'estimateMinutes',
  'siteId',
  'contactId',
  'notes',
];

/** Words for a field in sentences ("Your unsaved changes to the title are kept"). */
export const FIELD_LABELS: Record<DraftField, string> = {
  title: 'title',
  description: 'description',
  category: 'category',
  priority: 'priority',
  requiredSkills: 'required skills',
  estimateMinutes: 'estimate',
  siteId: 'site',
  contactId: 'contact',
  notes: 'notes',
};

export function draftOf(job: Job): JobDraft {
  return {
    title: job.title,
    description: job.description,
    category: job.category,
    priority: job.priority,
    requiredSkills: job.requiredSkills.join(', '),
    estimateMinutes: String(job.estimateMinutes),
    siteId: job.siteId ?? '',
    contactId: job.contactId ?? '',
    notes: job.notes,
  };
}

/** `"Printers, network , printers"` → `['printers', 'network']` (the schema lower-cases too). */
export function parseSkills(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const skill = part.trim().toLowerCase();
    if (skill !== '') seen.add(skill);
  }
  return [...seen];
}

/** Fields whose draft differs from `base` (skills compared as parsed lists, so spacing is not a change). */
export function changedFields(draft: JobDraft, base: JobDraft): DraftField[] {
  return DRAFT_FIELDS.filter((f) =>
    f === 'requiredSkills'
      ? parseSkills(draft.requiredSkills).join(',') !== parseSkills(base.requiredSkills).join(',')
      : f === 'estimateMinutes'
        ? draft.estimateMinutes.trim() !== base.estimateMinutes.trim()
        : draft[f] !== base[f],
  );
}

/**
 * The `jobs:update` patch for the changed fields, or the errors the form can tell without asking
 * the host (an estimate that is not a number). Everything else is judged by the host's schema, so
 * the rules live in one place and its field issues come back through {@link fieldErrorsFrom}.
 */
export function patchFrom(draft: JobDraft, job: Job): { patch: JobPatch; errors: FieldErrors } {
  const patch: JobPatch = {};
  const errors: FieldErrors = {};
  for (const field of changedFields(draft, draftOf(job))) {
    switch (field) {
      case 'requiredSkills':
        patch.requiredSkills = parseSkills(draft.requiredSkills);
        break;
      case 'estimateMinutes': {
        const text = draft.estimateMinutes.trim();
        if (!/^\d+$/.test(text)) errors.estimateMinutes = 'enter whole minutes, e.g. 90';
        else patch.estimateMinutes = Number(text);
        break;
      }
      case 'title': {
        // An empty title is the host's "required"; a too-short one is refused here with the
        // quick-call form's words, so a stray keystroke cannot become the job's name.
        const problem = draft.title.trim() === '' ? null : jobTitleProblem(draft.title);
        if (problem) errors.title = problem;
        else patch.title = draft.title;
        break;
      }
      case 'siteId':
        patch.siteId = draft.siteId === '' ? null : draft.siteId;
        break;
      case 'contactId':
        patch.contactId = draft.contactId === '' ? null : draft.contactId;
        break;
      default:
        (patch as Record<string, unknown>)[field] = draft[field];
    }
  }
  return { patch, errors };
}

/** BAD_INPUT issues (`patch.title`, `siteId`, `patch.requiredSkills.2`) as one message per form field. */
export function fieldErrorsFrom(issues: readonly FieldIssue[] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues ?? []) {
    const parts = issue.path.split('.');
    const name = parts[0] === 'patch' ? parts[1] : parts[0];
    const field = DRAFT_FIELDS.find((f) => f === name);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/**
 * The draft after the job changed elsewhere from `before` to `after`: fields the dispatcher had
 * not touched follow the new values, edited ones are kept. `kept` names the edited fields that
 * the other change also touched (the ones worth a warning).
 */
export function rebaseDraft(draft: JobDraft, before: JobDraft, after: JobDraft): { draft: JobDraft; kept: DraftField[] } {
  const edited = new Set(changedFields(draft, before));
  const next = { ...after };
  const kept: DraftField[] = [];
  for (const field of edited) {
    (next as Record<DraftField, string>)[field] = draft[field];
    if (changedFields(before, after).includes(field) && changedFields(draft, after).includes(field)) kept.push(field);
  }
  return { draft: next, kept };
}

/** `title`, `title and notes`, `title, site and notes`. */
export function fieldList(fields: readonly DraftField[]): string {
  return listText(fields.map((f) => FIELD_LABELS[f]));
}
