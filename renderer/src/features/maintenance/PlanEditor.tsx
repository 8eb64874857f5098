import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { JobCategorySchema } from '../../../../shared/schemas/job';
import { PrioritySchema } from '../../../../shared/schemas/common';
import type { MaintenancePlan } from '../../../../shared/schemas/maintenance';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleState, useConsoleStore } from '../../state/hooks';
import { CATEGORY_LABELS } from '../new-job/new-job-form';
import { dayText } from './maintenance-marks';
import { draftFromPlan, emptyPlanDraft, planErrors, prefilledPlanDraft, rulePreview, toPlanInput, toPlanUpdate } from './plan-form';
import type { PlanDraft, PlanPrefill } from './plan-form';
import { RepeatFields } from './RepeatFields';

type Props = {
  clientId: string;
  /** The plan being edited, or null for a new one. */
  plan: MaintenancePlan | null;
  today: string;
  /** A new plan proposed by another view (ignored when editing). */
  prefill?: PlanPrefill | null;
  onDone: () => void;
};

function Field({ label, error, children, wide }: { label: string; error?: string | undefined; children: ReactNode; wide?: boolean }) {
  return (
    <label className={`mp-field${wide ? ' mp-field--wide' : ''}`}>
      <span className="mp-field__label">{label}</span>
      {children}
      {error && <span className="mp-error">{error}</span>}
    </label>
  );
}

/** Create or edit a plan: what, how often (with the next visits shown), when in the day, who, how far ahead. */
export function PlanEditor({ clientId, plan, today, prefill = null, onDone }: Props) {
  const store = useConsoleStore();
  const directory = useConsoleState((s) => s.directory);
  const technicians = useConsoleState((s) => s.board?.technicians ?? null);
  const [draft, setDraft] = useState<PlanDraft>(() => (plan ? draftFromPlan(plan) : prefill?.clientId === clientId ? prefilledPlanDraft(prefill, today) : emptyPlanDraft(clientId, today)));
  const [shown, setShown] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = shown ? planErrors(draft) : {};
  const preview = rulePreview(draft, today);
  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const sites = directory?.sites.filter((s) => s.clientId === clientId) ?? [];
  const zones = [...new Set(directory?.sites.map((s) => s.zone).filter(Boolean))].sort();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShown(true);
    if (Object.keys(planErrors(draft)).length > 0 || saving) return;
    setSaving(true);
    setFailure(null);
    const result = plan ? await invoke('maintenance:update', toPlanUpdate(plan, draft)) : await invoke('maintenance:create', toPlanInput(draft));
    setSaving(false);
    if (!result.ok) {
      setFailure(describeError('Saving the plan', result.error));
      return;
    }
    store.notify('info', `Maintenance plan "${result.value.title}" saved.`);
    onDone();
  };

  return (
    <form className="mp-editor" onSubmit={(e) => void submit(e)} aria-labelledby="mp-editor-title" noValidate>
      <h3 id="mp-editor-title">{plan ? `Edit "${plan.title}"` : 'New maintenance plan'}</h3>
      <fieldset className="mp-fieldset">
        <legend>What</legend>
        <Field label="Title" error={errors.title} wide>
          <input className="mp-input" value={draft.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} aria-invalid={errors.title ? true : undefined} />
        </Field>
        <Field label="Site">
          <select className="mp-input" value={draft.siteId ?? ''} onChange={(e) => set({ siteId: e.target.value || null })}>
            <option value="">Any site (none named)</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Category">
          <select className="mp-input" value={draft.category} onChange={(e) => set({ category: e.target.value as PlanDraft['category'] })}>
            {JobCategorySchema.options.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Priority">
          <select className="mp-input" value={draft.priority} onChange={(e) => set({ priority: e.target.value as PlanDraft['priority'] })}>
            {PrioritySchema.options.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Required skills (comma-separated)">
          <input className="mp-input" value={draft.skills} onChange={(e) => set({ skills: e.target.value })} />
        </Field>
        <Field label="Estimate (minutes)" error={errors.estimate}>
          <input className="mp-input mp-input--number" inputMode="numeric" value={draft.estimate} onChange={(e) => set({ estimate: e.target.value })} aria-invalid={errors.estimate ? true : undefined} />
        </Field>
        <Field label="Checklist" wide>
          <textarea className="mp-input" rows={3} value={draft.checklist} maxLength={10_000} onChange={(e) => set({ checklist: e.target.value })} />
        </Field>
      </fieldset>

      <RepeatFields pattern={draft.pattern} onChange={(pattern) => set({ pattern })} error={errors.rule} />
      <div className="mp-row">
        <Field label="First day" error={errors.startDay}>
          <input className="mp-input" type="date" value={draft.startDay} onChange={(e) => set({ startDay: e.target.value })} />
        </Field>
        <Field label="Last day (optional)" error={errors.endDay}>
          <input className="mp-input" type="date" value={draft.endDay} onChange={(e) => set({ endDay: e.target.value })} />
        </Field>
      </div>
      <div className="mp-preview" role="status" aria-live="polite">
        {'problem' in preview ? (
          <span className="mp-error">{preview.problem}</span>
        ) : (
          <>
            <strong>Repeats {preview.text}.</strong>{' '}
            {preview.days.length > 0 ? <>Next visits: {preview.days.map(dayText).join(', ')}.</> : 'No visits from today on.'}
          </>
        )}
      </div>

      <fieldset className="mp-fieldset">
        <legend>When and who</legend>
        <Field label="Window from (shop time)" error={errors.window}>
          <input className="mp-input" type="time" value={draft.windowStart} onChange={(e) => set({ windowStart: e.target.value })} />
        </Field>
        <Field label="Window until">
          <input className="mp-input" type="time" value={draft.windowEnd} onChange={(e) => set({ windowEnd: e.target.value })} />
        </Field>
        <Field label="Create jobs this many days ahead" error={errors.leadDays}>
          <input className="mp-input mp-input--number" inputMode="numeric" value={draft.leadDays} onChange={(e) => set({ leadDays: e.target.value })} />
        </Field>
        <Field label="Preferred technician">
          <select className="mp-input" value={draft.preferredTechnicianId ?? ''} onChange={(e) => set({ preferredTechnicianId: e.target.value || null })}>
            <option value="">No one in particular</option>
            {(technicians ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Or preferred zone">
          <select className="mp-input" value={draft.preferredZone} onChange={(e) => set({ preferredZone: e.target.value })}>
            <option value="">Any zone</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </Field>
        <label className="mp-check">
          <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />
          Active (a paused plan makes no jobs)
        </label>
        {plan && (
          <label className="mp-check">
            <input type="checkbox" checked={draft.applyToCreated} onChange={(e) => set({ applyToCreated: e.target.checked })} />
            Also change visits already in the queue or booked (not started)
          </label>
        )}
      </fieldset>
      {failure && (
        <p className="mp-error" role="alert">
          {failure}
        </p>
      )}
      <div className="mp-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : plan ? 'Save plan' : 'Create plan'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
