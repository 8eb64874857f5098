import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/ipc/outputs';
import type { IntakeSettings } from '../../../../shared/schemas/settings';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleState } from '../../state/hooks';
import { IntakeTokenField } from './IntakeTokenField';

const INTAKE_PATH = '/api/v1/jobs';

type Draft = Pick<IntakeSettings, 'enabled' | 'port' | 'listenOnNetwork'>;

/**
 * The intake API: other programs (ticket system, monitoring, phone bridge) post jobs to it with
 * their own token. The desktop app serves it only when enabled here; the headless host always
 * serves it on its own port, which this section says when shown in a browser.
 */
export function IntakeSection() {
  const settings = useConsoleState((s) => s.settings);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [portText, setPortText] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void invoke('app:info', {}).then((r) => r.ok && setInfo(r.value));
  }, []);

  if (!settings) return <p className="settings__muted">Loading…</p>;
  const current = settings.intake;
  const shown: Draft = draft ?? { enabled: current.enabled, port: current.port, listenOnNetwork: current.listenOnNetwork };
  const port = portText ?? String(shown.port);
  const portValid = /^\d{4,5}$/.test(port) && Number(port) >= 1024 && Number(port) <= 65535;
  const dirty = draft !== null || portText !== null;
  const edit = (patch: Partial<Draft>) => {
    setMessage(null);
    setDraft({ ...shown, ...patch });
  };

  async function save() {
    if (!portValid) {
      setMessage({ tone: 'error', text: 'Not saved: the port must be a number from 1024 to 65535.' });
      return;
    }
    setSaving(true);
    const result = await invoke('settings:set', { intake: { ...current, ...shown, port: Number(port) } });
    setSaving(false);
    if (!result.ok) {
      setMessage({ tone: 'error', text: describeError('Saving the intake settings', result.error) });
      return;
    }
    setDraft(null);
    setPortText(null);
    const on = result.value.intake.enabled;
    setMessage({ tone: 'ok', text: on ? 'Saved. The desktop app now accepts jobs on this port.' : 'Saved. The desktop app does not accept jobs from other programs.' });
  }

  const desktopUrl = `http://${shown.listenOnNetwork ? '<this computer>' : '127.0.0.1'}:${port}${INTAKE_PATH}`;
  return (
    <div className="intake-settings">
      <p className="settings__intro">
        Ticket systems, monitoring and phone bridges can open jobs with <code>POST {INTAKE_PATH}</code> and the intake token. That
        token can only create jobs; it never opens the console. Send an <code>externalRef</code> so a retried call never makes a second job.
      </p>
      {info?.host === 'headless' && (
        <div className="settings__note" role="note">
          <strong>This browser view runs on the headless host, which always serves the intake API:</strong>{' '}
          <code className="intake-settings__url">POST {window.location.origin}{INTAKE_PATH}</code>. Its token is the one the host printed
          at start (set it with <code>--intake-token</code> or <code>DISPATCH_INTAKE_TOKEN</code>). The settings below are for the desktop app.
        </div>
      )}

      <fieldset className="settings__group">
        <legend>Desktop app intake server</legend>
        <label className="settings__check">
          <input type="checkbox" checked={shown.enabled} onChange={(e) => edit({ enabled: e.target.checked })} />
          Accept jobs from other programs
        </label>
        <label className="settings__field settings__field--inline">
          <span className="settings__label">Port</span>
          <input
            className="settings__input settings__input--port"
            inputMode="numeric"
            value={port}
            aria-invalid={portValid ? undefined : true}
            onChange={(e) => {
              setMessage(null);
              setPortText(e.target.value);
            }}
          />
          {!portValid && <span className="settings__field-error">1024–65535</span>}
        </label>
        <label className="settings__check">
          <input type="checkbox" checked={shown.listenOnNetwork} onChange={(e) => edit({ listenOnNetwork: e.target.checked })} />
          Accept jobs from other computers on the network
        </label>
        {shown.listenOnNetwork && (
          <p className="settings__warning">
            Other computers can reach this port. Requests travel as plain HTTP; use it only on a network you trust, and keep the token secret.
          </p>
        )}
        <p className="settings__muted">
          Address: <code>{desktopUrl}</code>
        </p>
        <div className="settings__footer">
          {message && (
            <p className={message.tone === 'error' ? 'settings__error' : 'settings__ok'} role={message.tone === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          <button type="button" className="button button--primary" disabled={!dirty || saving} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save intake settings'}
          </button>
        </div>
      </fieldset>

      <IntakeTokenField token={current.token} />
    </div>
  );
}
