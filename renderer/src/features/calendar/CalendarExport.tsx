import { useState } from 'react';
import type { FormEvent } from 'react';
import { dayKey, localDayOf, shiftDay } from '../../../../shared/domain/zoned-time';
import type { Technician } from '../../../../shared/schemas/technician';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleState, useNow } from '../../state/hooks';
import { downloadText } from '../../lib/download-text';
import { SettingsMessage } from '../settings/SettingsMessage';
import type { Message } from '../settings/SettingsMessage';

const eventsWord = (n: number) => (n === 1 ? '1 booking' : `${n} bookings`);

/** Export one technician's bookings for a range of shop days as an `.ics` file. */
export function CalendarExport({ technicians }: { technicians: readonly Technician[] }) {
  const now = useNow();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const today = localDayOf(now, timeZone);
  const [technicianId, setTechnicianId] = useState(technicians[0]?.id ?? '');
  const [from, setFrom] = useState(dayKey(today));
  const [to, setTo] = useState(dayKey(shiftDay(today, 27)));
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportIcs(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (!technicianId) return setMessage({ tone: 'error', text: 'Choose a technician first.' });
    setBusy(true);
    const result = await invoke('calendar:export', { technicianId, from, to });
    setBusy(false);
    if (!result.ok) return setMessage({ tone: 'error', text: describeError('Exporting the calendar', result.error) });
    const r = result.value;
    if (r.outcome === 'cancelled') return setMessage({ tone: 'ok', text: 'Export cancelled; nothing was saved.' });
    if (r.outcome === 'saved') return setMessage({ tone: 'ok', text: `Saved ${eventsWord(r.events)} to ${r.filePath}.` });
    downloadText(r.fileName, r.content, 'text/calendar');
    setMessage({ tone: 'ok', text: `Downloaded ${r.fileName} with ${eventsWord(r.events)}.` });
  }

  return (
    <form className="settings__group calendar-export" onSubmit={(e) => void exportIcs(e)} noValidate aria-label="Export bookings">
      <fieldset className="calendar-export__fields">
        <legend>Export bookings as a file (.ics)</legend>
        <label className="settings__field">
          <span className="settings__label">Technician</span>
          <select className="settings__input" value={technicianId} onChange={(e) => setTechnicianId(e.target.value)}>
            {technicians.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="settings__field">
          <span className="settings__label">From</span>
          <input type="date" className="settings__input" value={from} required onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="settings__field">
          <span className="settings__label">To (inclusive, at most a year)</span>
          <input type="date" className="settings__input" value={to} required onChange={(e) => setTo(e.target.value)} />
        </label>
      </fieldset>
      <div className="settings__footer">
        <SettingsMessage message={message} />
        <button type="submit" className="button button--primary" disabled={busy || technicians.length === 0}>
          {busy ? 'Exporting…' : 'Export .ics'}
        </button>
      </div>
    </form>
  );
}
