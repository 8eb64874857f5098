import { useEffect, useState } from 'react';
import type { DatabaseSettingsView, TlsMode } from '../../../../shared/database/io';
import { TLS_MODES } from '../../../../shared/database/io';
import type { Result } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { SettingsMessage } from '../settings/SettingsMessage';
import type { Message } from '../settings/SettingsMessage';

type Draft = { use: 'file' | 'database'; host: string; port: string; database: string; user: string; password: string; tls: TlsMode; caFile: string; desk: string; dispatcher: string };

const TLS_LABELS: Record<TlsMode, string> = {
  disable: 'Off (only for a server on this computer)',
  require: 'Encrypted (certificate not checked)',
  'verify-full': 'Encrypted and verified (CA file)',
};

function draftOf(view: DatabaseSettingsView): Draft {
  const c = view.connection;
  return {
    use: view.use,
    host: c?.host ?? '',
    port: String(c?.port ?? 5432),
    database: c?.database ?? 'dispatch',
    user: c?.user ?? 'dispatch',
    password: '',
    tls: c?.tls ?? 'require',
    caFile: c?.caFile ?? '',
    desk: view.desk,
    dispatcher: view.dispatcher,
  };
}

/**
 * Settings → Shared database: this computer's connection to the shop's PostgreSQL database, the
 * desk's name, a connection test, moving the shop in and exporting it out. Saved per computer;
 * the running app changes store only when it starts again, which this section says.
 */
export function SharedDatabaseSection() {
  const [view, setView] = useState<DatabaseSettingsView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [exportFolder, setExportFolder] = useState('');

  useEffect(() => {
    void invoke('database:settings', {}).then((r) => {
      if (r.ok) {
        setView(r.value);
        setDraft(draftOf(r.value));
      } else setMessage({ tone: 'error', text: describeError('Loading the shared database settings', r.error) });
    });
  }, []);

  if (!view || !draft) return <p className="settings__muted">Loading…</p>;
  const edit = (patch: Partial<Draft>) => {
    setMessage(null);
    setDraft({ ...draft, ...patch });
  };
  const fields = () => ({
    host: draft.host.trim(),
    port: Number(draft.port),
    database: draft.database.trim(),
    user: draft.user.trim(),
    tls: draft.tls,
    caFile: draft.caFile.trim() === '' ? null : draft.caFile.trim(),
    ...(draft.password !== '' ? { password: draft.password } : {}),
  });

  async function run<T>(label: string, action: () => Promise<Result<T>>, done: (value: T) => Message) {
    setBusy(label);
    setMessage(null);
    const result = await action();
    setBusy(null);
    setMessage(result.ok ? done(result.value) : { tone: 'error', text: describeError(label, result.error) });
    return result.ok ? result.value : null;
  }

  const save = () =>
    run('Saving the shared database settings', () => invoke('database:save', { use: draft.use, connection: draft.host.trim() ? fields() : null, desk: draft.desk, dispatcher: draft.dispatcher }), (saved) => {
      setView(saved);
      setDraft({ ...draftOf(saved) });
      return { tone: 'ok', text: saved.restartNeeded ? 'Saved. Restart Dispatch Console to switch to it.' : 'Saved.' };
    });
  const test = () => run('Testing the connection', () => invoke('database:test', fields()), (r) => ({ tone: r.ok ? 'ok' : 'error', text: r.message }));
  const move = () =>
    run('Moving the shop to the shared database', () => invoke('database:move', {}), (r) => ({ tone: 'ok', text: r.message }));
  const exportTo = () =>
    run('Exporting to a local folder', () => invoke('database:export', { folder: exportFolder }), (r) => ({ tone: 'ok', text: r.message }));

  const running = view.running.kind === 'database' ? `the shared database ${view.running.where}` : view.running.where;
  return (
    <div className="shared-database-settings">
      <p className="settings__intro">
        Several desks can dispatch from one PostgreSQL database on the shop’s network. These settings belong to this computer only; the
        password is kept in {view.secrets.where}. This console now uses {running}.
      </p>
      {view.restartNeeded && (
        <div className="settings__note" role="note">
          The saved choice takes effect when Dispatch Console starts again.
        </div>
      )}
      <fieldset className="settings__group">
        <legend>Where this computer keeps the shop</legend>
        <label className="settings__check">
          <input type="radio" name="db-use" checked={draft.use === 'file'} onChange={() => edit({ use: 'file' })} />
          Its own data file (one desk)
        </label>
        <label className="settings__check">
          <input type="radio" name="db-use" checked={draft.use === 'database'} onChange={() => edit({ use: 'database' })} />
          The shared database below
        </label>
      </fieldset>
      <fieldset className="settings__group">
        <legend>Connection</legend>
        {(
          [
            ['host', 'Server', 'text'],
            ['port', 'Port', 'text'],
            ['database', 'Database', 'text'],
            ['user', 'User', 'text'],
          ] as const
        ).map(([key, label, type]) => (
          <label key={key} className="settings__field">
            <span className="settings__label">{label}</span>
            <input className="settings__input" type={type} value={draft[key]} onChange={(e) => edit({ [key]: e.target.value })} />
          </label>
        ))}
        <label className="settings__field">
          <span className="settings__label">Password</span>
          <input
            className="settings__input"
            type="password"
            autoComplete="new-password"
            placeholder={view.hasPassword ? 'saved (leave blank to keep)' : ''}
            value={draft.password}
            onChange={(e) => edit({ password: e.target.value })}
          />
        </label>
        <label className="settings__field">
          <span className="settings__label">TLS</span>
          <select className="settings__input" value={draft.tls} onChange={(e) => edit({ tls: e.target.value as TlsMode })}>
            {TLS_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {TLS_LABELS[mode]}
              </option>
            ))}
          </select>
        </label>
        {draft.tls === 'verify-full' && (
          <label className="settings__field">
            <span className="settings__label">CA certificate file</span>
            <input className="settings__input" value={draft.caFile} onChange={(e) => edit({ caFile: e.target.value })} placeholder="/path/to/shop-ca.pem" />
          </label>
        )}
        <button type="button" className="button" disabled={busy !== null || draft.host.trim() === ''} onClick={() => void test()}>
          Test connection
        </button>
      </fieldset>
      <fieldset className="settings__group">
        <legend>This desk</legend>
        <label className="settings__field">
          <span className="settings__label">Desk name</span>
          <input className="settings__input" maxLength={30} value={draft.desk} placeholder="desk 2" onChange={(e) => edit({ desk: e.target.value })} />
        </label>
        <label className="settings__field">
          <span className="settings__label">Dispatcher</span>
          <input className="settings__input" maxLength={30} value={draft.dispatcher} placeholder="Sam" onChange={(e) => edit({ dispatcher: e.target.value })} />
        </label>
        <p className="settings__muted">History says who changed a job and where: “by Sam at desk 2”.</p>
      </fieldset>
      <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void save()}>
        Save
      </button>
      <fieldset className="settings__group">
        <legend>Moving the shop</legend>
        <p className="settings__muted">
          Copies everything (jobs, history, archive, settings) into an empty database in one transaction, checks every record, and only
          then switches this computer. Nothing is deleted here.
        </p>
        <button type="button" className="button" disabled={busy !== null || view.running.kind === 'database' || !view.connection} onClick={() => void move()}>
          Move this shop to the shared database
        </button>
        <label className="settings__field">
          <span className="settings__label">New folder for the export</span>
          <input className="settings__input" value={exportFolder} placeholder="/home/me/dispatch-copy" onChange={(e) => setExportFolder(e.target.value)} />
        </label>
        <button type="button" className="button" disabled={busy !== null || exportFolder.trim() === ''} onClick={() => void exportTo()}>
          Export to a local file
        </button>
      </fieldset>
      {busy && (
        <p className="settings__muted" role="status">
          {busy}…
        </p>
      )}
      <SettingsMessage message={message} />
    </div>
  );
}
