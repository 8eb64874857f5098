/**
 * Settings → Planning: the travel minutes the planner puts between two visits (inside a zone,
 * between zones, and pairs of zones that differ) and the overtime it may book (whether at all,
 * the most per technician per day, the shop's weekly limit). Saved together with `settings:set`.
 */
import { useState } from 'react';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleState } from '../../state/hooks';
import { fromDraft, toDraft } from './planning-form';
import type { PlanningDraft, PlanningErrors } from './planning-form';
import { SettingsMessage } from './SettingsMessage';
import type { Message } from './SettingsMessage';

function MinutesField({ label, value, error, onChange }: { label: string; value: string; error: string | undefined; onChange: (v: string) => void }) {
  return (
    <label className="settings__field settings__field--inline">
      <span className="settings__label">{label}</span>
      <input className="settings__input settings__input--port" inputMode="numeric" value={value} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)} />
      <span className="settings__muted">min</span>
      {error && <span className="settings__field-error">{error}</span>}
    </label>
  );
}

export function PlanningSection() {
  const settings = useConsoleState((s) => s.settings);
  const [draft, setDraft] = useState<PlanningDraft | null>(null);
  const [errors, setErrors] = useState<PlanningErrors>({});
  const [message, setMessage] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  if (!settings) return <p className="settings__muted">Loading…</p>;
  const d = draft ?? toDraft(settings.travel, settings.overtime);
  const edit = (patch: Partial<PlanningDraft>) => {
    setMessage(null);
    setDraft({ ...d, ...patch });
  };
  const editPair = (i: number, patch: Partial<PlanningDraft['pairs'][number]>) => edit({ pairs: d.pairs.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  async function save() {
    const parsed = fromDraft(d);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setMessage({ tone: 'error', text: 'Not saved: correct the marked fields.' });
      return;
    }
    setErrors({});
    setSaving(true);
    const result = await invoke('settings:set', { travel: parsed.travel, overtime: parsed.overtime });
    setSaving(false);
    if (!result.ok) return setMessage({ tone: 'error', text: describeError('Saving the planning settings', result.error) });
    setDraft(null);
    setMessage({ tone: 'ok', text: 'Saved. The next plan uses these travel times and overtime rules.' });
  }

  return (
    <div className="planning-settings">
      <p className="settings__intro">What “Plan the queue” assumes: how long a technician takes to get from one visit to the next, and how much overtime it may book.</p>
      <fieldset className="settings__group">
        <legend>Travel between visits</legend>
        <MinutesField label="Within one zone" value={d.withinZone} error={errors.withinZone} onChange={(v) => edit({ withinZone: v })} />
        <MinutesField label="Between two zones" value={d.betweenZones} error={errors.betweenZones} onChange={(v) => edit({ betweenZones: v })} />
        <table className="planning-settings__pairs">
          <caption className="settings__muted">Zone pairs that take a different time (both ways)</caption>
          <thead>
            <tr>
              <th scope="col">From zone</th>
              <th scope="col">To zone</th>
              <th scope="col">Minutes</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {d.pairs.map((p, i) => (
              <tr key={i}>
                <td>
                  <input className="settings__input" aria-label={`Pair ${i + 1} from zone`} value={p.from} onChange={(e) => editPair(i, { from: e.target.value })} />
                </td>
                <td>
                  <input className="settings__input" aria-label={`Pair ${i + 1} to zone`} value={p.to} onChange={(e) => editPair(i, { to: e.target.value })} />
                </td>
                <td>
                  <input className="settings__input settings__input--port" inputMode="numeric" aria-label={`Pair ${i + 1} minutes`} aria-invalid={errors.pairs?.[i] ? true : undefined} value={p.minutes} onChange={(e) => editPair(i, { minutes: e.target.value })} />
                  {errors.pairs?.[i] && <span className="settings__field-error">{errors.pairs[i]}</span>}
                </td>
                <td>
                  <button type="button" className="button" aria-label={`Remove pair ${i + 1}`} onClick={() => edit({ pairs: d.pairs.filter((_, j) => j !== i) })}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="button" onClick={() => edit({ pairs: [...d.pairs, { from: '', to: '', minutes: d.betweenZones }] })}>
          Add a zone pair
        </button>
      </fieldset>
      <fieldset className="settings__group">
        <legend>Overtime</legend>
        <label className="settings__check">
          <input type="checkbox" checked={d.overtimeAllowed} onChange={(e) => edit({ overtimeAllowed: e.target.checked })} />
          The planner may book past a technician’s working hours
        </label>
        <MinutesField label="At most per technician per day" value={d.dailyCap} error={errors.dailyCap} onChange={(v) => edit({ dailyCap: v })} />
        <MinutesField label="Weekly limit per technician" value={d.weeklyLimit} error={errors.weeklyLimit} onChange={(v) => edit({ weeklyLimit: v })} />
      </fieldset>
      <div className="settings__footer">
        <SettingsMessage message={message} />
        <button type="button" className="button button--primary" disabled={draft === null || saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save planning settings'}
        </button>
      </div>
    </div>
  );
}
