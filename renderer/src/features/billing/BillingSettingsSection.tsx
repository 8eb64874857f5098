import { useState } from 'react';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleState } from '../../state/hooks';

/** Percent text ("20", "17.5") → basis points, or null when it is not 0–100 with at most two decimals. */
export function basisPointsOf(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const bps = Math.round(Number(t) * 100);
  return bps <= 10_000 ? bps : null;
}

/**
 * Settings › Billing: the currency every amount is in and the tax rate on every line. A change
 * prices unbilled work from now on; batches already made keep the currency and rate they were made with.
 */
export function BillingSettingsSection() {
  const settings = useConsoleState((s) => s.settings);
  const [draft, setDraft] = useState<{ currency: string; tax: string } | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  if (!settings) return <p className="settings__muted">Loading…</p>;
  const shown = draft ?? { currency: settings.billing.currency, tax: String(settings.billing.taxRateBasisPoints / 100) };

  async function save() {
    const currency = shown.currency.trim().toUpperCase();
    const taxRateBasisPoints = basisPointsOf(shown.tax);
    if (!/^[A-Z]{3}$/.test(currency)) return setMessage({ tone: 'error', text: 'Not saved: give the currency as its three-letter code, such as GBP, EUR or USD.' });
    if (taxRateBasisPoints === null) return setMessage({ tone: 'error', text: 'Not saved: give the tax rate as a percent from 0 to 100, such as 20 or 17.5.' });
    const result = await invoke('settings:set', { billing: { currency, taxRateBasisPoints } });
    if (!result.ok) return setMessage({ tone: 'error', text: describeError('Saving the billing settings', result.error) });
    setDraft(null);
    setMessage({ tone: 'ok', text: 'Saved. Unbilled work is priced with it from now on; batches already made keep their figures.' });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="settings__intro">Every bill is in one currency, with one tax (VAT, sales tax) rate on each line. Rates per client are in Billing › Contract terms.</p>
      <fieldset className="settings__group">
        <legend>Money</legend>
        <label className="settings__field settings__field--inline">
          <span className="settings__label">Currency (ISO code)</span>
          <input className="settings__input settings__input--port" maxLength={3} value={shown.currency} onChange={(e) => (setMessage(null), setDraft({ ...shown, currency: e.target.value }))} />
        </label>
        <label className="settings__field settings__field--inline">
          <span className="settings__label">Tax rate (%)</span>
          <input className="settings__input settings__input--port" inputMode="decimal" value={shown.tax} onChange={(e) => (setMessage(null), setDraft({ ...shown, tax: e.target.value }))} />
        </label>
      </fieldset>
      <button type="submit" className="button button--primary" disabled={draft === null}>
        Save billing settings
      </button>
      {message && (
        <p className={message.tone === 'error' ? 'settings__error' : 'settings__ok'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
