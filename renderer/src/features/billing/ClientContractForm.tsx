import { useState } from 'react';
import { ALL_CATEGORIES, CONTRACT_TYPE_LABELS } from '../../../../shared/billing/contract-terms';
import { currencyDigits } from '../../../../shared/billing/money';
import type { Client } from '../../../../shared/schemas/client';
import type { ContractType } from '../../../../shared/schemas/contract';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { contractDraft, contractFromDraft } from './contract-form';
import type { ContractDraft } from './contract-form';

type Props = { client: Client; currency: string };

/**
 * A client's contract terms. Saving replaces the contract as a whole; it changes how unbilled work
 * is priced from now on, never a batch already made.
 */
export function ClientContractForm({ client, currency }: Props) {
  const digits = currencyDigits(currency);
  const [draft, setDraft] = useState<ContractDraft | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const shown = draft ?? contractDraft(client.contract, digits);
  const edit = (patch: Partial<ContractDraft>) => {
    setMessage(null);
    setDraft({ ...shown, ...patch });
  };
  const id = (name: string) => `contract-${client.id}-${name}`;

  async function save() {
    const parsed = contractFromDraft(shown, digits);
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: `Not saved: ${parsed.message}` });
      return;
    }
    setSaving(true);
    const result = await invoke('clients:update', { id: client.id, patch: { contract: parsed.value } });
    setSaving(false);
    if (!result.ok) {
      setMessage({ tone: 'error', text: describeError('Saving the contract', result.error) });
      return;
    }
    setDraft(null);
    setMessage({ tone: 'ok', text: 'Contract saved. Unbilled work is priced with it from now on; batches already made keep their figures.' });
  }

  const money = (label: string, field: 'hourlyRate' | 'minimumCharge' | 'travelRate', disabled = false) => (
    <label className="billing-form__field" htmlFor={id(field)}>
      <span>
        {label} ({currency})
      </span>
      <input id={id(field)} className="billing-form__input" inputMode="decimal" disabled={disabled} value={shown[field]} onChange={(e) => edit({ [field]: e.target.value })} />
    </label>
  );

  return (
    <form
      className="billing-form"
      aria-label={`Contract of ${client.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="billing-form__field" htmlFor={id('type')}>
        <span>Contract type</span>
        <select id={id('type')} className="billing-form__input" value={shown.type} onChange={(e) => edit({ type: e.target.value as ContractType })}>
          {(Object.keys(CONTRACT_TYPE_LABELS) as ContractType[]).map((t) => (
            <option key={t} value={t}>
              {CONTRACT_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <div className="billing-form__row">
        {money('Hourly rate', 'hourlyRate')}
        {money('Minimum charge per visit', 'minimumCharge', shown.type === 'block-hours')}
        <label className="billing-form__field" htmlFor={id('increment')}>
          <span>Bill every started (minutes)</span>
          <input id={id('increment')} className="billing-form__input" inputMode="numeric" value={shown.incrementMinutes} onChange={(e) => edit({ incrementMinutes: e.target.value })} />
        </label>
        <label className="billing-form__field" htmlFor={id('after')}>
          <span>After hours (% of rate)</span>
          <input id={id('after')} className="billing-form__input" inputMode="numeric" value={shown.afterHoursPercent} onChange={(e) => edit({ afterHoursPercent: e.target.value })} />
        </label>
      </div>
      <div className="billing-form__row">
        <label className="billing-form__check">
          <input type="checkbox" checked={shown.travelBillable} onChange={(e) => edit({ travelBillable: e.target.checked })} />
          Charge travel time
        </label>
        {money('Travel rate per hour', 'travelRate', !shown.travelBillable)}
      </div>
      {shown.type === 'block-hours' && (
        <label className="billing-form__field" htmlFor={id('warn')}>
          <span>Warn when this % of the latest block is left</span>
          <input id={id('warn')} className="billing-form__input" inputMode="numeric" value={shown.blockWarnPercent} onChange={(e) => edit({ blockWarnPercent: e.target.value })} />
        </label>
      )}
      {shown.type === 'managed' && (
        <fieldset className="billing-form__categories">
          <legend>Covered by the monthly fee (not billed)</legend>
          {ALL_CATEGORIES.map((c) => (
            <label key={c} className="billing-form__check">
              <input
                type="checkbox"
                checked={shown.includedCategories.includes(c)}
                onChange={(e) => edit({ includedCategories: e.target.checked ? [...shown.includedCategories, c] : shown.includedCategories.filter((x) => x !== c) })}
              />
              {c}
            </label>
          ))}
        </fieldset>
      )}
      <p className="billing__muted">After hours means outside the business hours of the client&apos;s SLA tier ({client.slaTier}) or on its holidays.</p>
      <div className="billing-form__actions">
        <button type="submit" className="button button--primary" disabled={saving || draft === null}>
          {saving ? 'Saving…' : 'Save contract'}
        </button>
        {draft !== null && (
          <button type="button" className="button" onClick={() => (setDraft(null), setMessage(null))}>
            Undo changes
          </button>
        )}
      </div>
      {message && (
        <p className={message.tone === 'error' ? 'billing__error' : 'billing__ok'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
