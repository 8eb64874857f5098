import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Job, JobCategory } from '../../../../shared/schemas/job';
import type { SlaPolicy } from '../../../../shared/schemas/sla';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleState } from '../../state/hooks';
import { ClientCombobox } from './ClientCombobox';
import { PartPicker } from './PartPicker';
import type { PartOption } from './PartPicker';
import { PriorityPicker } from './PriorityPicker';
import { SlaPreview } from './SlaPreview';
import { CATEGORY_LABELS, emptyDraft, errorsFromIssues, isDirty, toCreateInput, withCategory, withClient } from './new-job-form';
import type { Draft, DraftErrors } from './new-job-form';
import { useCreatedParts } from './use-created-parts';
import './new-job.css';

type Props = {
  /** "Save and assign" is offered only when the assign command exists. */
  canAssign: boolean;
  onClose: () => void;
  onSaved: (job: Job, then: 'close' | 'assign') => void;
};

/**
 * The quick-call form, in the order a dispatcher asks: who is calling (client, contact), where
 * (site), what is wrong, how bad (priority), what kind (category, which fills estimate and skills).
 * Ctrl+Enter saves from any field; Escape twice discards what was typed.
 */
export function NewJobDialog({ canAssign, onClose, onSaved }: Props) {
  const directory = useConsoleState((s) => s.directory);
  const queue = useConsoleState((s) => s.queue);
  const board = useConsoleState((s) => s.board);
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [policies, setPolicies] = useState<SlaPolicy[] | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const clientRef = useRef<HTMLInputElement>(null);
  const contactRef = useRef<HTMLSelectElement>(null);
  const problemRef = useRef<HTMLInputElement>(null);
  const parts = useCreatedParts(directory);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    clientRef.current?.focus();
    void invoke('sla:list', {}).then((r) => r.ok && setPolicies(r.value));
  }, []);

  const clients = directory?.clients ?? [];
  const client = clients.find((c) => c.id === draft.clientId) ?? null;
  // The usual site is read from the jobs this view has loaded (the queue and the board's range).
  const knownJobs = useMemo(() => [...(queue?.jobs ?? []), ...(board?.jobs ?? [])], [queue, board]);
  const siteOptions: PartOption[] = parts.sites
    .filter((s) => s.clientId === draft.clientId)
    .map((s) => ({ id: s.id, label: s.name, ...(s.address ? { detail: s.address } : {}) }));
  const contactOptions: PartOption[] = parts.contacts
    .filter((c) => c.clientId === draft.clientId)
    .map((c) => ({ id: c.id, label: c.name, ...(c.phone ? { detail: c.phone } : {}) }));

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setConfirmDiscard(false);
  };

  async function save(then: 'close' | 'assign') {
    if (saving) return;
    const parsed = toCreateInput(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      if (parsed.errors.clientId) clientRef.current?.focus();
      else if (parsed.errors.title) problemRef.current?.focus();
      return;
    }
    setSaving(true);
    const result = await invoke('jobs:create', parsed.input);
    setSaving(false);
    if (!result.ok) {
      setErrors({ ...errorsFromIssues(result.error.issues), form: describeError('Saving the job', result.error) });
      return;
    }
    onSaved(result.value, then);
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    // The modal owns the keyboard: a letter typed on a button here must not reach the console's
    // shortcuts behind it ("A" would open the assign dialog for the queue's selected job).
    e.stopPropagation();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save(e.shiftKey && canAssign ? 'assign' : 'close');
    }
  };

  const createPart = (noun: 'site' | 'contact') => async (name: string, extra: string) => {
    if (!draft.clientId) return { ok: false as const, message: 'Pick the client first.' };
    const result =
      noun === 'site'
        ? await invoke('sites:create', { clientId: draft.clientId, name, address: extra })
        : await invoke('contacts:create', { clientId: draft.clientId, name, phone: extra });
    if (!result.ok) return { ok: false as const, message: describeError(`Adding the ${noun}`, result.error) };
    parts.remember(noun, result.value);
    return { ok: true as const, id: result.value.id };
  };

  return (
    <dialog
      ref={dialogRef}
      className="new-job"
      aria-labelledby="new-job-title"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        // Escape: a typed call is not thrown away by one stray key press.
        if (isDirty(draft) && !confirmDiscard) {
          e.preventDefault();
          setConfirmDiscard(true);
          return;
        }
        e.preventDefault();
        onClose();
      }}
      // Chromium may close a modal natively (a second Escape with no user activation between is not
      // cancelable); keep React's idea of "open" in step with the element.
      onClose={onClose}
    >
      <form className="new-job__form" onSubmit={(e) => e.preventDefault()} noValidate>
        <header className="new-job__header">
          <h2 id="new-job-title">New job</h2>
          <span className="new-job__hint">Ctrl+Enter saves · Esc closes</span>
        </header>

        <div className="field field--wide">
          <span className="field__label">Client</span>
          <ClientCombobox
            ref={clientRef}
            clients={clients}
            value={draft.clientId}
            error={errors.clientId}
            onPick={(id) => setDraft((d) => withClient(d, id, parts.sites, parts.contacts, knownJobs))}
            onPicked={() => contactRef.current?.focus()}
          />
          {errors.clientId && <p className="field__error">{errors.clientId}</p>}
        </div>

        <PartPicker ref={contactRef} noun="contact" label="Caller (contact)" extraLabel="Phone" options={contactOptions} value={draft.contactId} disabled={!client} onChange={(contactId) => update({ contactId })} onCreate={createPart('contact')} />
        <PartPicker noun="site" label="Site" extraLabel="Address" options={siteOptions} value={draft.siteId} disabled={!client} onChange={(siteId) => update({ siteId })} onCreate={createPart('site')} />

        <div className="field field--wide">
          <label className="field__label" htmlFor="new-job-problem">
            Problem
          </label>
          <input ref={problemRef} id="new-job-problem" className="field__input" maxLength={200} placeholder="What is wrong, in a few words" value={draft.title} aria-invalid={errors.title ? true : undefined} onChange={(e) => update({ title: e.target.value })} />
          {errors.title && <p className="field__error">{errors.title}</p>}
        </div>

        <div className="field">
          <span className="field__label">Priority</span>
          <PriorityPicker value={draft.priority} onChange={(priority) => update({ priority })} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="new-job-category">
            Category
          </label>
          <select id="new-job-category" className="field__input" value={draft.category} onChange={(e) => setDraft((d) => withCategory(d, e.target.value as JobCategory))}>
            {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>

        <div className="field field--wide">
          <label className="field__label" htmlFor="new-job-description">
            Description <span className="field__optional">(optional)</span>
          </label>
          <textarea id="new-job-description" className="field__input" rows={3} maxLength={10_000} value={draft.description} onChange={(e) => update({ description: e.target.value })} />
        </div>

        <div className="field">
          <label className="field__label" htmlFor="new-job-skills">
            Required skills <span className="field__optional">(comma-separated)</span>
          </label>
          <input id="new-job-skills" className="field__input" value={draft.skills} aria-invalid={errors.skills ? true : undefined} onChange={(e) => update({ skills: e.target.value, edited: { ...draft.edited, skills: true } })} />
          {errors.skills && <p className="field__error">{errors.skills}</p>}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="new-job-estimate">
            Estimate (minutes)
          </label>
          <input id="new-job-estimate" className="field__input" inputMode="numeric" value={draft.estimate} aria-invalid={errors.estimate ? true : undefined} onChange={(e) => update({ estimate: e.target.value, edited: { ...draft.edited, estimate: true } })} />
          {errors.estimate && <p className="field__error">{errors.estimate}</p>}
        </div>

        <SlaPreview client={client} priority={draft.priority} policies={policies} timeZone={timeZone} />
        {errors.form && (
          <p className="field__error field--wide" role="alert">
            {errors.form}
          </p>
        )}
        {confirmDiscard && (
          <p className="new-job__discard field--wide" role="alert">
            Press Esc again to discard this call, or keep typing.
          </p>
        )}

        <footer className="new-job__footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {canAssign && (
            <button type="button" className="button" disabled={saving} onClick={() => void save('assign')} title="Ctrl+Shift+Enter">
              Save and assign
            </button>
          )}
          <button type="button" className="button button--primary" disabled={saving} onClick={() => void save('close')} title="Ctrl+Enter">
            {saving ? 'Saving…' : 'Save'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
