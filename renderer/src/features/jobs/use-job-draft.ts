/**
 * The edit form's state: a draft of the job's fields, saving it with `jobs:update`, field errors
 * from a refused save, and what to tell the dispatcher when the job changes on another screen
 * while they are editing (their unsaved edits are kept; untouched fields follow the new values).
 */
import { useCallback, useState } from 'react';
import { invoke } from '../../api/client';
import { getBoardSession } from '../board/board-session';
import { editUndoEntry } from '../undo/panel-undo';
import type { Job } from '../../../../shared/schemas/job';
import { describeError } from '../../lib/error-text';
import type { JobUpdates } from './use-live-job';
import { changedFields, draftOf, fieldErrorsFrom, fieldList, patchFrom, rebaseDraft } from './job-form';
import type { DraftField, FieldErrors, JobDraft } from './job-form';

export type JobDraftState = {
  draft: JobDraft;
  dirty: DraftField[];
  errors: FieldErrors;
  /** A refusal not tied to one field. */
  formError: string | null;
  /** "J-1042 was changed on another screen…", until dismissed or saved. */
  changedElsewhere: string | null;
  saving: boolean;
  setField(field: DraftField, value: string): void;
  /** Resolves true when saved (or nothing to save). */
  save(): Promise<boolean>;
  /** Forget the draft's edits. */
  reset(): void;
  dismissChanged(): void;
};

export function useJobDraft(job: Job, live: JobUpdates): JobDraftState {
  const [draft, setDraft] = useState<JobDraft>(() => draftOf(job));
  const [base, setBase] = useState<{ revision: number; draft: JobDraft }>(() => ({ revision: job.revision, draft: draftOf(job) }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [changedElsewhere, setChangedElsewhere] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // The job moved on (this panel's save, a status change, another screen): rebase the draft during
  // render, the way React recommends for state derived from a changing prop. Only fields that now
  // differ from both the old version and the draft were changed by someone else; this panel's own
  // saved edits match the draft, and status or schedule changes touch no form field.
  if (job.revision !== base.revision) {
    const next = draftOf(job);
    const { draft: rebased, kept } = rebaseDraft(draft, base.draft, next);
    const inDraft = new Set(changedFields(draft, next));
    const external = changedFields(base.draft, next).filter((f) => inDraft.has(f) && !kept.includes(f));
    setBase({ revision: job.revision, draft: next });
    setDraft(rebased);
    if (external.length > 0 || kept.length > 0) {
      const dirty = changedFields(rebased, next);
      const what = [...external, ...kept];
      const edits =
        kept.length > 0
          ? ` Your unsaved ${fieldList(kept)} ${kept.length > 1 ? 'are' : 'is'} kept; saving replaces the new value.`
          : dirty.length > 0
            ? ` Your unsaved changes to the ${fieldList(dirty)} are kept.`
            : '';
      setChangedElsewhere(`${job.number} was changed on another screen (${fieldList(what)}).${edits}`);
    }
  }

  const setField = useCallback((field: DraftField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  }, []);

  const save = async (): Promise<boolean> => {
    const { patch, errors: local } = patchFrom(draft, job);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setFormError('Fix the marked fields, then save again.');
      return false;
    }
    if (Object.keys(patch).length === 0) return true;
    setSaving(true);
    // The revision this draft was edited against: if the job changed since, the host refuses
    // instead of overwriting the other change.
    const result = await invoke('jobs:update', { id: job.id, patch, expectedRevision: job.revision });
    setSaving(false);
    if (!result.ok) {
      const fields = fieldErrorsFrom(result.error.issues);
      setErrors(fields);
      setFormError(
        Object.keys(fields).length > 0 ? 'Not saved: fix the marked fields.' : describeError(`Saving ${job.number}`, result.error),
      );
      // Show the current job; the draft keeps the dispatcher's edits for a deliberate second save.
      if (result.error.code === 'CONFLICT') live.refresh();
      return false;
    }
    setErrors({});
    setFormError(null);
    setChangedElsewhere(null);
    live.accept(result.value);
    // Undo writes the previous values back, refused if the job changed elsewhere since.
    const entry = editUndoEntry(job, patch, result.value);
    if (entry) getBoardSession().undo.record(entry);
    return true;
  };

  return {
    draft,
    dirty: changedFields(draft, draftOf(job)),
    errors,
    formError,
    changedElsewhere,
    saving,
    setField,
    save,
    reset: () => {
      setDraft(draftOf(job));
      setErrors({});
      setFormError(null);
    },
    dismissChanged: () => setChangedElsewhere(null),
  };
}
