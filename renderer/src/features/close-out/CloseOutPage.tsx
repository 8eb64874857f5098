import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Technician } from '../../../../shared/schemas/technician';
import { invoke } from '../../api/client';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import { key } from '../../commands/registry';
import type { Command } from '../../commands/registry';
import { describeError } from '../../lib/error-text';
import { formatDayTitle } from '../../lib/format';
import { runSheetHash } from '../../../../shared/ipc/run-sheet-route';
import { planSave } from './close-out-model';
import type { RowErrors } from './close-out-model';
import { closeOutHash } from './close-out-route';
import type { CloseOutRoute } from './close-out-route';
import { CloseOutRow } from './CloseOutRow';
import { useCloseOutDay } from './use-close-out-day';
import '../run-sheet/run-sheet.css';
import './close-out.css';

type Message = { tone: 'info' | 'error'; text: string };

/** Enter moves to the same field of the next row (Shift+Enter: the row before), as on a spreadsheet. */
function moveByEnter(event: KeyboardEvent<HTMLTableElement>): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  const col = target.dataset.col;
  const row = Number(target.dataset.row);
  if (!col || !Number.isInteger(row)) return;
  const next = event.currentTarget.querySelector<HTMLElement>(`[data-col="${col}"][data-row="${row + (event.shiftKey ? -1 : 1)}"]`);
  if (!next) return;
  event.preventDefault();
  target.blur(); // tidies a typed time before leaving it
  next.focus();
}

/**
 * "Close out the day": one technician's visits of one day in the printed sheet's order, entered
 * from the returned run sheet in one keyboard-first grid and saved in one go.
 */
export function CloseOutPage({ route }: { route: CloseOutRoute }) {
  const [technicians, setTechnicians] = useState<Technician[] | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [errors, setErrors] = useState<Map<string, RowErrors>>(new Map());
  const [saving, setSaving] = useState(false);
  const technicianId = route.technicianId ?? technicians?.find((t) => t.active)?.id ?? null;
  const { state, rows, loaded, setRow, accept } = useCloseOutDay(technicianId, route.day);
  const data = state.kind === 'ready' ? state.data : null;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void invoke('technicians:list', {}).then((r) => {
      if (r.ok) setTechnicians(r.value);
      else setMessage({ tone: 'error', text: describeError('Loading the technicians', r.error) });
    });
    document.title = 'Close out the day · Dispatch Console';
    return () => {
      document.title = 'Dispatch Console';
    };
  }, []);

  const go = (day: string, tech: string | null) => {
    setMessage(null);
    setErrors(new Map());
    window.location.hash = closeOutHash(day, tech);
  };

  const save = async () => {
    if (!data || saving) return;
    const ordered = data.jobs.map((j) => rows.get(j.id)).filter((r) => r !== undefined);
    const plan = planSave(ordered, loaded.current, new Map(data.jobs.map((j) => [j.id, j])), data.technician.id, data.day, data.timeZone);
    setErrors(plan.errors);
    if (plan.errors.size > 0) {
      const numbers = data.jobs.filter((j) => plan.errors.has(j.id)).map((j) => j.number);
      setMessage({ tone: 'error', text: `Nothing was saved: fix the marked fields of ${numbers.join(', ')}.` });
      return;
    }
    if (plan.entries.length === 0) return setMessage({ tone: 'info', text: 'Nothing to save: no visit was changed.' });
    setSaving(true);
    const result = await invoke('visits:save', { entries: plan.entries });
    setSaving(false);
    if (!result.ok) return setMessage({ tone: 'error', text: describeError('Saving the visits', result.error) });
    accept(result.value.jobs, data.technician.id, data.timeZone);
    const count = plan.entries.length;
    const followUps = result.value.followUps.map((j) => j.number);
    const made = followUps.length === 0 ? '' : ` Follow-up ${followUps.length === 1 ? 'job' : 'jobs'} ${followUps.join(', ')} ${followUps.length === 1 ? 'is' : 'are'} in the queue.`;
    setMessage({ tone: 'info', text: `Saved ${count} ${count === 1 ? 'visit' : 'visits'}.${made}` });
  };

  // Keyboard first: once the day is there, the cursor waits in the first arrival field.
  const ready = data !== null;
  useEffect(() => {
    if (ready) (document.querySelector<HTMLElement>('.close-out-grid [data-col="arrival"]:not(:disabled)') ?? heading.current)?.focus();
  }, [ready]);

  const saveLatest = useRef(save);
  useEffect(() => {
    saveLatest.current = save;
  });
  const saveCommand = useMemo<Command>(
    () => ({ id: 'close-out-save', label: 'Save the visits', shortcut: 'Ctrl+S', matchesKey: key('s', { ctrl: true }), allowInTextFields: true, run: () => void saveLatest.current() }),
    [],
  );
  useRegisterCommand(saveCommand);

  const name = data?.technician.name ?? technicians?.find((t) => t.id === technicianId)?.name ?? '';
  return (
    <div className="close-out-page">
      <header className="close-out-page__header">
        <div className="run-sheet-toolbar close-out-toolbar" role="toolbar" aria-label="Close out the day">
          <button type="button" className="button" onClick={() => (window.location.hash = '')}>
            ← Back to the board
          </button>
          <h1 className="close-out-toolbar__title" tabIndex={-1} ref={heading}>
            Close out the day
          </h1>
          <label className="close-out-toolbar__field">
            Technician
            <select value={technicianId ?? ''} onChange={(e) => go(route.day, e.target.value)} disabled={!technicians}>
              {(technicians ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                  {t.active ? '' : ' (inactive)'}
                </option>
              ))}
            </select>
          </label>
          <label className="close-out-toolbar__field">
            Day
            <input type="date" value={route.day} required onChange={(e) => e.target.value && go(e.target.value, technicianId)} />
          </label>
          <a className="button" href={runSheetHash(route.day, technicianId ? [technicianId] : [])}>
            Run sheet
          </a>
          <button type="button" className="button button--primary" disabled={!data || saving} onClick={() => void save()} title="Save the visits (Ctrl+S)">
            {saving ? 'Saving…' : 'Save visits'}
          </button>
        </div>
        {message && (
          <p className={`run-sheet-message run-sheet-message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </header>
      <main className="close-out-main">
        {state.kind === 'loading' && <p className="close-out-note">{technicianId || !technicians ? 'Loading the day…' : 'There are no technicians yet.'}</p>}
        {state.kind === 'error' && (
          <p className="close-out-note" role="alert">
            {state.message}
          </p>
        )}
        {data && data.jobs.length === 0 && <p className="close-out-note">{name} has no visits on {formatDayTitle(data.day)}.</p>}
        {data && data.jobs.length > 0 && (
          <>
            <datalist id="close-out-parts-list">
              {data.parts.map((p) => (
                <option key={p.id} value={p.name} />
              ))}
            </datalist>
            <table className="close-out-grid" onKeyDown={moveByEnter}>
              <caption>
                {name}'s visits on {formatDayTitle(data.day)}, in run-sheet order. Times are 24-hour (type 0930); Enter moves down a row; Ctrl+S saves.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Job</th>
                  <th scope="col">Arrival</th>
                  <th scope="col">Departure</th>
                  <th scope="col">Travel (min)</th>
                  <th scope="col">Work done</th>
                  <th scope="col">Parts used (qty, unit price)</th>
                  <th scope="col">Signed by</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {data.jobs.map((job, index) => {
                  const row = rows.get(job.id);
                  if (!row) return null;
                  const billed = row.visitId !== null && job.visits.some((v) => v.id === row.visitId && v.billedBatchId !== null);
                  return (
                    <CloseOutRow key={job.id} job={job} row={row} index={index} errors={errors.get(job.id)} billed={billed} stock={data.parts}
                      partsListId="close-out-parts-list" timeZone={data.timeZone} onChange={setRow} />
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </main>
    </div>
  );
}
