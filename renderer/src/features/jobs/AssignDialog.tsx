/**
 * "Assign J-1042": technician and start pre-filled with the best suggestion (earliest free slot of
 * the best-matching technician), the ranked alternatives with their reasons, Enter to confirm.
 * The booking goes through the board's actions (pending, conflicts, undo); on success the dialog
 * closes and focus returns to where it came from (the queue, now on the next job).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { invoke } from '../../api/client';
import type { SuggestionList } from '../../../../shared/ipc/outputs';
import { isOpenStatus } from '../../../../shared/domain/status';
import { formatEstimate } from '../../lib/format';
import { describeError } from '../../lib/error-text';
import { useConsoleState } from '../../state/hooks';
import { useBoardActions } from '../board/use-board-actions';
import { fromLocalInput, toLocalInput } from './assign-time';
import { AssignStartField } from './AssignStartField';
import { SuggestionOptions } from './SuggestionOptions';
import { trapTab, useModalDialog } from './use-modal-dialog';
import { useLiveJob, useTechnicians } from './use-live-job';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import type { Command } from '../../commands/registry';

type Props = { jobId: string; onClose: () => void };

export function AssignDialog({ jobId, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const firstField = useRef<HTMLElement>(null);
  // The form holds focus until the suggestions arrive (Enter already works there), then the
  // chosen suggestion takes it, so arrow keys walk the alternatives.
  useModalDialog(dialog, form);
  const { job, error: jobError } = useLiveJob(jobId);
  const technicians = useTechnicians();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const actions = useBoardActions();

  const [list, setList] = useState<SuggestionList | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [technicianId, setTechnicianId] = useState('');
  const [start, setStart] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void invoke('schedule:suggest', { jobId, limit: 5 }).then((result) => {
      if (!alive) return;
      if (!result.ok) {
        setListError(describeError('Finding free slots', result.error));
        return;
      }
      setList(result.value);
      const best = result.value.suggestions[0];
      // Pre-fill with the best slot unless the dispatcher already started choosing.
      if (best) {
        setTechnicianId((t) => t || best.technicianId);
        setStart((s) => s || toLocalInput(best.start, timeZone));
      }
    });
    return () => {
      alive = false;
    };
  }, [jobId, timeZone]);

  useEffect(() => {
    if (list && document.activeElement === form.current) firstField.current?.focus();
  }, [list]);

  const close = useMemo<Command>(
    () => ({ id: 'close-panel', label: 'Close', shortcut: 'Esc', allowInTextFields: true, matchesKey: (e) => e.key === 'Escape', run: onClose }),
    [onClose],
  );
  useRegisterCommand(close);

  const active = (technicians ?? []).filter((t) => t.active || t.id === technicianId);
  const chosenIndex = list?.suggestions.findIndex((s) => s.technicianId === technicianId && toLocalInput(s.start, timeZone) === start) ?? -1;
  const technicianName = active.find((t) => t.id === technicianId)?.name;
  const closed = job !== null && !isOpenStatus(job.status);

  // Picking a technician by hand moves the start to their suggested slot, when they have one.
  const chooseTechnician = (id: string) => {
    setTechnicianId(id);
    const theirs = list?.suggestions.find((s) => s.technicianId === id);
    if (theirs) setStart(toLocalInput(theirs.start, timeZone));
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!job || busy || closed) return;
    const startIso = fromLocalInput(start, timeZone);
    if (!technicianId || !startIso) {
      setError(!technicianId ? 'Choose a technician.' : 'Enter a start time such as 09:15 (24-hour).');
      return;
    }
    setBusy(true);
    setError(null);
    const request = { jobId: job.id, technicianId, start: startIso };
    const ok = job.assignment ? await actions.move(request) : await actions.assign(request);
    setBusy(false);
    if (ok) onClose();
    else setError(`${job.number} was not assigned; the message at the bottom of the window says why.`);
  };

  // Enter confirms from anywhere in the form (the suggestion radios too), except on buttons,
  // which act on their own, and in the start field's own picker.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target.tagName === 'BUTTON' || target.tagName === 'TEXTAREA') return;
    event.preventDefault();
    void submit();
  };

  const title = job ? `Assign ${job.number}` : 'Assign job';
  return (
    <dialog ref={dialog} className="assign-dialog" aria-labelledby="assign-title" onKeyDown={trapTab} onCancel={(e) => e.preventDefault()}>
      <form ref={form} tabIndex={-1} className="assign-dialog__form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <header className="job-panel__header">
          <h2 id="assign-title" className="job-panel__title">
            {title}
          </h2>
          <button type="button" className="button button--quiet" onClick={onClose} aria-label="Close assign dialog" title="Close (Esc)">
            ✕
          </button>
        </header>
        {job && (
          <p className="job-panel__subtitle">
            {job.title} · {formatEstimate(job.estimateMinutes)}
            {job.requiredSkills.length > 0 && ` · needs ${job.requiredSkills.join(', ')}`}
          </p>
        )}
        {jobError && (
          <p className="job-error" role="alert">
            {describeError('Opening the job', jobError)}
          </p>
        )}

        <fieldset className="assign-dialog__suggestions">
          <legend className="job-field__label">Suggested slots</legend>
          {listError ? (
            <p className="job-error" role="alert">
              {listError}
            </p>
          ) : !list ? (
            <p className="job-muted">Finding free slots…</p>
          ) : list.suggestions.length === 0 ? (
            <p className="job-muted" role="status">
              {list.emptyReason} Choose a technician and time below.
            </p>
          ) : (
            <SuggestionOptions
              list={list}
              chosenIndex={chosenIndex}
              timeZone={timeZone}
              firstRef={firstField}
              onChoose={(s) => {
                setTechnicianId(s.technicianId);
                setStart(toLocalInput(s.start, timeZone));
              }}
            />
          )}
        </fieldset>

        <div className="job-form__row">
          <div className="job-field">
            <label className="job-field__label" htmlFor="assign-technician">
              Technician
            </label>
            <select id="assign-technician" className="job-input" value={technicianId} onChange={(e) => chooseTechnician(e.target.value)}>
              <option value="">Choose…</option>
              {active.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                  {t.zone ? ` (${t.zone})` : ''}
                </option>
              ))}
            </select>
          </div>
          <AssignStartField value={start} onChange={setStart} timeZone={timeZone} />
        </div>
        {error && (
          <p className="job-error" role="alert">
            {error}
          </p>
        )}
        <div className="job-actions job-actions--end">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !job || closed}>
            {busy ? 'Assigning…' : technicianName ? `Assign to ${technicianName}` : 'Assign'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
