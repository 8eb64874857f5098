import { useState } from 'react';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';

/**
 * The desktop app's intake token: hidden until shown, copyable, and replaceable. Regenerating asks
 * once more, because every program using the old token stops getting jobs in at that moment.
 */
export function IntakeTokenField({ token }: { token: string | null }) {
  const [visible, setVisible] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  async function copy() {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token);
      setMessage({ tone: 'ok', text: 'Token copied.' });
    } catch {
      setVisible(true);
      setMessage({ tone: 'error', text: 'Could not copy here; the token is shown, select and copy it.' });
    }
  }

  async function regenerate() {
    setConfirming(false);
    const result = await invoke('intake:rotate', {});
    setMessage(
      result.ok
        ? { tone: 'ok', text: 'New token saved. Give it to every program that posts jobs; the old one no longer works.' }
        : { tone: 'error', text: describeError('Regenerating the token', result.error) },
    );
  }

  return (
    <fieldset className="settings__group">
      <legend>Intake token (desktop app)</legend>
      {token === null ? (
        <p className="settings__muted">No token yet: one is made when you first turn the intake server on.</p>
      ) : (
        <div className="token-row">
          <input
            className="settings__input mono token-row__value"
            readOnly
            aria-label="Intake token"
            type={visible ? 'text' : 'password'}
            value={token}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
            {visible ? 'Hide' : 'Show'}
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            Copy
          </button>
        </div>
      )}
      {confirming ? (
        <div className="token-confirm" role="group" aria-label="Confirm new token">
          <span>Programs using the current token will be refused from now on.</span>
          <button type="button" className="button button--primary" onClick={() => void regenerate()}>
            Make a new token
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep the current one
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {token === null ? 'Make a token now' : 'Regenerate token…'}
        </button>
      )}
      {message && (
        <p className={message.tone === 'error' ? 'settings__error' : 'settings__ok'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
