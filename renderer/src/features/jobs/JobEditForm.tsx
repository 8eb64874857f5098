import type { FormEvent, ReactNode } from 'react';
import { JobCategorySchema } from '../../../../shared/schemas/job';
import type { Job } from '../../../../shared/schemas/job';
import { PrioritySchema } from '../../../../shared/schemas/common';
import { useConsoleState } from '../../state/hooks';
import type { DraftField } from './job-form';
import type { JobDraftState } from './use-job-draft';

const CATEGORY_TEXT: Record<string, string> = {
  hardware: 'Hardware',
  software: 'Software',
  network: 'Network',
  printer: 'Printer',
  security: 'Security',
  maintenance: 'Maintenance',
  other: 'Other',
};

export function Field({ id, label, error, children, hint }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className={`job-field${error ? ' has-error' : ''}`}>
      <label className="job-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && !error && <span className="job-field__hint">{hint}</span>}
      {error && (
        <span className="job-field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * The job's editable fields, saved together with `jobs:update` (Enter in a one-line field or the
 * Save button). Site and contact list only the job's client's. A refused save marks each field
 * the host named, and nothing is changed on disk.
 */
export function JobEditForm({ job, form }: { job: Job; form: JobDraftState }) {
  const directory = useConsoleState((s) => s.directory);
  const sites = directory?.sites.filter((s) => s.clientId === job.clientId) ?? [];
  const contacts = directory?.contacts.filter((c) => c.clientId === job.clientId) ?? [];
  const { draft, errors } = form;

  const props = (field: DraftField) => ({
    id: `job-${field}`,
    value: draft[field],
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `job-${field}-error` : undefined,
    onChange: (e: { target: { value: string } }) => form.setField(field, e.target.value),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.save();
  };

  return (
    <section className="job-section" aria-labelledby="job-edit-title">
      <h3 id="job-edit-title" className="job-section__title">
        Details
      </h3>
      <form className="job-form" onSubmit={onSubmit} noValidate aria-label="Job details">
        <Field id="job-title" label="Title" error={errors.title}>
          <input className="job-input" maxLength={200} {...props('title')} />
        </Field>
        <div className="job-form__row">
          <Field id="job-category" label="Category" error={errors.category}>
            <select className="job-input" {...props('category')}>
              {JobCategorySchema.options.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_TEXT[c] ?? c}
                </option>
              ))}
            </select>
          </Field>
          <Field id="job-priority" label="Priority" error={errors.priority}>
            <select className="job-input" {...props('priority')}>
              {PrioritySchema.options.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </Field>
          <Field id="job-estimateMinutes" label="Estimate (minutes)" error={errors.estimateMinutes}>
            <input className="job-input" inputMode="numeric" {...props('estimateMinutes')} />
          </Field>
        </div>
        <Field id="job-requiredSkills" label="Required skills" error={errors.requiredSkills} hint="Comma-separated, e.g. printers, network">
          <input className="job-input" {...props('requiredSkills')} />
        </Field>
        <div className="job-form__row">
          <Field id="job-siteId" label="Site" error={errors.siteId}>
            <select className="job-input" {...props('siteId')}>
              <option value="">No site</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="job-contactId" label="Contact" error={errors.contactId}>
            <select className="job-input" {...props('contactId')}>
              <option value="">No contact</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field id="job-description" label="Description" error={errors.description}>
          <textarea className="job-input" rows={3} maxLength={10_000} {...props('description')} />
        </Field>
        <Field id="job-notes" label="Notes" error={errors.notes}>
          <textarea className="job-input" rows={2} maxLength={10_000} {...props('notes')} />
        </Field>
        {form.formError && (
          <p className="job-error" role="alert">
            {form.formError}
          </p>
        )}
        <div className="job-actions">
          <button type="submit" className="button button--primary" disabled={form.saving || form.dirty.length === 0}>
            {form.saving ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" className="button" onClick={form.reset} disabled={form.saving || form.dirty.length === 0}>
            Revert
          </button>
        </div>
      </form>
    </section>
  );
}
