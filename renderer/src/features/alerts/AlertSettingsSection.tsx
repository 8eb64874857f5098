import { useState } from 'react';
import type { AlertSettings } from '../../../../shared/schemas/settings';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleState } from '../../state/hooks';

type Draft = { repeat: string; quiet: boolean; start: string; end: string; sound: boolean };

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function draftOf(a: AlertSettings): Draft {
  return { repeat: String(a.repeatMinutes), quiet: a.quietHours !== null, start: a.quietHours?.start ?? '22:00', end: a.quietHours?.end ?? '07:00', sound: a.sound };
}

/** The draft as settings, or the sentence saying what to fix. */
export function alertSettingsFromDraft(d: Draft): { ok: true; value: AlertSettings } | { ok: false; message: string } {
  const repeat = Number(d.repeat.trim());
  if (!/^\d+$/.test(d.repeat.trim()) || repeat < 1 || repeat > 240) return { ok: false, message: 'Repeat every 1 to 240 whole minutes.' };
  if (d.quiet && (!TIME.test(d.start) || !TIME.test(d.end))) return { ok: false, message: 'Give quiet hours as times such as 22:00 and 07:00.' };
  if (d.quiet && d.start === d.end) return { ok: false, message: 'Quiet hours must start and end at different times.' };
  return { ok: true, value: { repeatMinutes: repeat, quietHours: d.quiet ? { start: d.start, end: d.end } : null, sound: d.sound } };
}

/**
 * Settings › Alerts: how often an unacknowledged urgent alert repeats, quiet hours (shop time;
 * only P1 alerts get through, and the window may span midnight), and whether alerts make a sound.
 */
export function AlertSettingsSection() {
  const settings = useConsoleState((s) => s.settings);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!settings) return <p className="settings__muted">Loading…</p>;
  const shown = draft ?? draftOf(settings.alerts);
  const edit = (patch: Partial<Draft>) => {
    setMessage(null);
    setDraft({ ...shown, ...patch });
  };

  async function save() {
    const parsed = alertSettingsFromDraft(shown);
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: `Not saved: ${parsed.message}` });
      return;
    }
    setSaving(true);
    const result = await invoke('settings:set', { alerts: parsed.value });
    setSaving(false);
    if (!result.ok) {
      setMessage({ tone: 'error', text: describeError('Saving the alert settings', result.error) });
      return;
    }
    setDraft(null);
    setMessage({ tone: 'ok', text: 'Saved. Alerts follow the new settings from now on.' });
  }

  return (
    <div className="alert-settings">
      <p className="settings__intro">
        A new P1, or an unassigned job whose SLA is at risk or breached, raises an alert: a banner here, and in the desktop app an
        OS notification, a flashing taskbar button and a red tray icon. It repeats until someone acknowledges it or assigns the job.
      </p>
      <fieldset className="settings__group">
        <legend>Urgent alerts</legend>
        <label className="settings__field settings__field--inline">
          <span className="settings__label">Repeat unacknowledged alerts every</span>
          <input className="settings__input settings__input--port" inputMode="numeric" aria-label="Repeat every (minutes)" value={shown.repeat} onChange={(e) => edit({ repeat: e.target.value })} />
          <span>minutes</span>
        </label>
        <label className="settings__check">
          <input type="checkbox" checked={shown.quiet} onChange={(e) => edit({ quiet: e.target.checked })} />
          Quiet hours: only P1 alerts between
        </label>
        <div className="settings__field settings__field--inline">
          <input type="time" className="settings__input" aria-label="Quiet hours start" disabled={!shown.quiet} value={shown.start} onChange={(e) => edit({ start: e.target.value })} />
          <span>and</span>
          <input type="time" className="settings__input" aria-label="Quiet hours end" disabled={!shown.quiet} value={shown.end} onChange={(e) => edit({ end: e.target.value })} />
          <span className="settings__muted">(shop time {settings.timeZone}; an end before the start runs past midnight)</span>
        </div>
        <label className="settings__check">
          <input type="checkbox" checked={shown.sound} onChange={(e) => edit({ sound: e.target.checked })} />
          Play a sound with alerts
        </label>
        <div className="settings__footer">
          {message && (
            <p className={message.tone === 'error' ? 'settings__error' : 'settings__ok'} role={message.tone === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          <button type="button" className="button button--primary" disabled={draft === null || saving} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save alert settings'}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
