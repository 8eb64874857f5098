import { useState } from 'react';
import type { MessageSettingsView } from '../../../../shared/messages/io';
import type { SmtpTlsMode } from '../../../../shared/schemas/messages';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { draftOf, smtpInput, TLS_LABELS } from './smtp-form';
import type { SmtpDraft } from './smtp-form';
import { SettingsNote } from './SettingsNote';
import type { Note } from './SettingsNote';

type Props = { view: MessageSettingsView; onSaved: (view: MessageSettingsView) => void };

/**
 * The shop's SMTP server and sender, the arrival window, the password (write-only: the page is
 * only told whether one is stored) and "Send test", which uses what is saved.
 */
export function SmtpSettingsForm({ view, onSaved }: Props) {
  const [draft, setDraft] = useState<SmtpDraft>(() => draftOf(view.settings));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof SmtpDraft, string>>>({});
  const [note, setNote] = useState<Note>(null);
  const [testTo, setTestTo] = useState(view.settings.smtp.fromAddress);
  const [testNote, setTestNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);

  const edit = (patch: Partial<SmtpDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setNote(null);
  };

  async function save(extra: { password?: null } = {}) {
    const checked = smtpInput(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setNote({ tone: 'error', text: 'Not saved: fix the fields marked below.' });
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await invoke('messages:configure', { ...checked.input, ...extra });
    setBusy(false);
    if (!result.ok) {
      // FORBIDDEN here is this host refusing to keep a password (no keychain): its sentence says why.
      const text = result.error.code === 'FORBIDDEN' ? result.error.message : describeError('Saving the e-mail settings', result.error);
      setNote({ tone: 'error', text });
      return;
    }
    setDraft(draftOf(result.value.settings));
    setDirty(false);
    onSaved(result.value);
    setNote({ tone: 'ok', text: extra.password === null ? 'Saved. The password was removed.' : 'Saved.' });
  }

  async function sendTest() {
    setTestNote(null);
    setBusy(true);
    const result = await invoke('messages:test', { to: testTo.trim() });
    setBusy(false);
    if (!result.ok) setTestNote({ tone: 'error', text: describeError('Sending the test', result.error) });
    else if (result.value.sent) setTestNote({ tone: 'ok', text: `Test message sent to ${result.value.to}. Check that it arrived.` });
    else setTestNote({ tone: 'error', text: `Not sent: ${result.value.message}` });
  }

  const field = (name: keyof SmtpDraft, label: string, props: { type?: string; autoComplete?: string; inputMode?: 'numeric'; short?: boolean } = {}) => (
    <label className="settings__field">
      <span className="settings__label">{label}</span>
      <input
        className={props.short ? 'settings__input settings__input--port' : 'settings__input'}
        value={draft[name]}
        aria-invalid={errors[name] ? true : undefined}
        onChange={(e) => edit({ [name]: e.target.value })}
        type={props.type}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
      />
      {errors[name] && <span className="settings__field-error">{errors[name]}</span>}
    </label>
  );

  return (
    <fieldset className="settings__group">
      <legend>Outgoing mail (SMTP)</legend>
      {field('host', 'SMTP server', { autoComplete: 'off' })}
      {field('port', 'Port', { inputMode: 'numeric', short: true })}
      {/* A label around a select would take the chosen option into its name. */}
      <div className="settings__field">
        <label className="settings__label" htmlFor="smtp-tls">
          Encryption
        </label>
        <select id="smtp-tls" className="settings__input" value={draft.tls} onChange={(e) => edit({ tls: e.target.value as SmtpTlsMode })}>
          {(Object.keys(TLS_LABELS) as SmtpTlsMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {TLS_LABELS[mode]}
            </option>
          ))}
        </select>
      </div>
      {draft.tls === 'none' && draft.user !== '' && (
        <p className="settings__warning">Without encryption the password crosses the network readable by anyone on the way. Use STARTTLS or TLS unless the server is on this computer or your own network.</p>
      )}
      {field('user', 'User name', { autoComplete: 'off' })}
      <label className="settings__field">
        <span className="settings__label">Password</span>
        <input
          className="settings__input"
          type="password"
          autoComplete="new-password"
          value={draft.password}
          placeholder={view.passwordStored ? 'Stored: type to replace' : 'Not stored'}
          disabled={!view.storage.available}
          onChange={(e) => edit({ password: e.target.value })}
        />
      </label>
      <p className="settings__muted">
        {view.storage.available ? `The password is kept in ${view.storage.where}, never in the data file.` : `No password can be stored here: ${view.storage.problem ?? ''}`}
      </p>
      {field('fromAddress', 'Sender address', { type: 'email' })}
      {field('fromName', 'Sender name (your shop)')}
      {field('arrivalWindowMinutes', 'Arrival window (minutes after the booked start)', { inputMode: 'numeric', short: true })}
      <div className="settings__footer">
        <SettingsNote note={note} />
        {view.passwordStored && (
          <button type="button" className="button" disabled={busy} onClick={() => void save({ password: null })}>
            Remove password
          </button>
        )}
        <button type="button" className="button button--primary" disabled={!dirty || busy} onClick={() => void save()}>
          Save e-mail settings
        </button>
      </div>
      <div className="settings__footer messages-settings__test">
        <label className="settings__field settings__field--inline">
          <span className="settings__label">Send a test to</span>
          <input className="settings__input" type="email" value={testTo} onChange={(e) => setTestTo(e.target.value)} />
        </label>
        <button type="button" className="button" disabled={dirty || busy || testTo.trim() === ''} onClick={() => void sendTest()} title={dirty ? 'Save first: the test uses the saved settings' : undefined}>
          Send test
        </button>
        <SettingsNote note={testNote} />
      </div>
    </fieldset>
  );
}
