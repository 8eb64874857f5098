import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Job } from '../../../../shared/schemas/job';
import type { Part, Visit, VisitOutcome } from '../../../../shared/schemas/visit';
import type { Technician } from '../../../../shared/schemas/technician';
import { OUTCOME_LABELS } from '../../../../shared/domain/visits';
import { dayOf } from '../../../../shared/domain/jobs';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { Field } from '../jobs/JobEditForm';
import type { JobUpdates } from '../jobs/use-live-job';
import { draftOfVisit, rowToVisit, tidyTime } from './close-out-model';
import type { RowDraft, RowErrors } from './close-out-model';
import { PartsCell } from './PartsCell';
import { OutcomeOptions } from './OutcomeOptions';

type Props = {
  job: Job;
  /** The visit to correct, or null to record a new one. */
  visit: Visit | null;
  parts: readonly Part[];
  technicians: readonly Technician[];
  timeZone: string;
  today: string;
  live: JobUpdates;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** One visit's fields in the job panel: the same as a row of the close-out grid, plus its day and technician. */
export function JobVisitForm({ job, visit, parts, technicians, timeZone, today, live, onDone, onCancel }: Props) {
  const [row, setRow] = useState<RowDraft>(() => draftOfVisit(job.id, visit, job.statusReason, timeZone));
  const [day, setDay] = useState(visit ? dayOf(new Date(visit.arrivedAt), timeZone) : job.assignment ? dayOf(new Date(job.assignment.start), timeZone) : today);
  const [technicianId, setTechnicianId] = useState(visit?.technicianId ?? job.assignment?.technicianId ?? job.visits.at(-1)?.technicianId ?? '');
  const [errors, setErrors] = useState<RowErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<RowDraft>) => setRow((r) => ({ ...r, ...patch }));
  const waiting = row.outcome === 'waiting-parts' || row.outcome === 'waiting-customer';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!technicianId) return setFailure('Choose the technician who made the visit.');
    const result = rowToVisit(row, technicianId, day, timeZone);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    setSaving(true);
    const saved = await invoke('visits:save', { entries: [{ jobId: job.id, expectedRevision: job.revision, visit: result.visit }] });
    setSaving(false);
    if (!saved.ok) {
      setFailure(describeError('Saving the visit', saved.error));
      if (saved.error.code === 'CONFLICT') live.refresh();
      return;
    }
    for (const j of saved.value.jobs) live.accept(j);
    const followUp = saved.value.followUps[0];
    onDone(followUp ? `Visit saved. Follow-up ${followUp.number} is in the queue.` : 'Visit saved.');
  };

  const err = (field: keyof RowErrors, id: string) => (errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});
  return (
    <form className="job-form job-visit-form" onSubmit={(e) => void submit(e)} aria-label={visit ? 'Correct the visit' : 'Record a visit'}>
      <div className="job-form__row">
        <Field id="visit-day" label="Day">
          <input id="visit-day" className="job-input" type="date" required value={day} onChange={(e) => setDay(e.target.value)} />
        </Field>
        <Field id="visit-tech" label="Technician">
          <select id="visit-tech" className="job-input" value={technicianId} onChange={(e) => setTechnicianId(e.target.value)}>
            <option value="">Choose…</option>
            {technicians.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="job-form__row">
        <Field id="visit-arrival" label="Arrival" error={errors.arrival}>
          <input id="visit-arrival" className="job-input" inputMode="numeric" placeholder="0930" value={row.arrival} {...err('arrival', 'visit-arrival')}
            onChange={(e) => set({ arrival: e.target.value })} onBlur={(e) => set({ arrival: tidyTime(e.target.value) })} />
        </Field>
        <Field id="visit-departure" label="Departure" error={errors.departure}>
          <input id="visit-departure" className="job-input" inputMode="numeric" placeholder="1045" value={row.departure} {...err('departure', 'visit-departure')}
            onChange={(e) => set({ departure: e.target.value })} onBlur={(e) => set({ departure: tidyTime(e.target.value) })} />
        </Field>
        <Field id="visit-travel" label="Travel (min)" error={errors.travel}>
          <input id="visit-travel" className="job-input" inputMode="numeric" value={row.travel} {...err('travel', 'visit-travel')} onChange={(e) => set({ travel: e.target.value })} />
        </Field>
      </div>
      <Field id="visit-work" label="Work done">
        <textarea id="visit-work" className="job-input" rows={2} maxLength={4000} value={row.workDone} onChange={(e) => set({ workDone: e.target.value })} />
      </Field>
      <div className="job-field">
        <span className="job-field__label">Parts used (quantity, unit price)</span>
        <datalist id="job-visit-parts">
          {parts.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        <PartsCell lines={row.parts} stock={parts} listId="job-visit-parts" jobNumber={job.number} disabled={false} error={errors.parts} errorId="visit-parts-error" onChange={(lines) => set({ parts: lines })} />
        {errors.parts && <span className="job-field__error" id="visit-parts-error">{errors.parts}</span>}
      </div>
      <div className="job-form__row">
        <Field id="visit-signed" label="Signed by">
          <input id="visit-signed" className="job-input" maxLength={120} value={row.signedBy} onChange={(e) => set({ signedBy: e.target.value })} />
        </Field>
        <Field id="visit-outcome" label="Outcome" error={errors.outcome}>
          <select id="visit-outcome" className="job-input" value={row.outcome} {...err('outcome', 'visit-outcome')} onChange={(e) => set({ outcome: e.target.value as VisitOutcome | '' })}>
            <OutcomeOptions />
          </select>
        </Field>
      </div>
      {waiting && (
        <Field id="visit-reason" label="On-hold reason">
          <input id="visit-reason" className="job-input" maxLength={500} placeholder={OUTCOME_LABELS[row.outcome as VisitOutcome]} value={row.holdReason} onChange={(e) => set({ holdReason: e.target.value })} />
        </Field>
      )}
      {failure && (
        <p className="job-error" role="alert">
          {failure}
        </p>
      )}
      <div className="job-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : visit ? 'Save correction' : 'Save visit'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
