import { useRef, useState } from 'react';
import { CONTRACT_TYPE_LABELS } from '../../../../shared/billing/contract-terms';
import { formatMoney } from '../../../../shared/billing/money';
import { dayOf } from '../../../../shared/domain/jobs';
import { statementHash } from '../../../../shared/ipc/statement-route';
import { trapTab, useModalDialog } from '../jobs/use-modal-dialog';
import { useConsoleState, useNow } from '../../state/hooks';
import { BatchList } from './BatchList';
import { BlockHours } from './BlockHours';
import { ClientContractForm } from './ClientContractForm';
import { UnbilledWork } from './UnbilledWork';
import { currentMonth, periodLabel, shiftMonth } from './billing-period';
import type { Period } from './billing-period';
import { useBillingQuery } from './use-billing-query';
import './billing.css';

type Props = { onClose: () => void };

/**
 * Billing: pick a period (a month by default), see every client's unbilled work with totals, and for
 * one client bill it, export or credit its batches, follow its block hours and edit its contract.
 */
export function BillingDialog({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  const now = useNow();
  const settings = useConsoleState((s) => s.settings);
  const directory = useConsoleState((s) => s.directory);
  const timeZone = settings?.timeZone ?? 'UTC';
  const [period, setPeriod] = useState<Period>(() => currentMonth(now, timeZone));
  const [clientId, setClientId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const overview = useBillingQuery('billing:overview', period, 'Loading unbilled work');
  const selected = clientId ?? (overview.kind === 'ready' ? (overview.data.clients[0]?.clientId ?? null) : null);
  const detail = useBillingQuery('billing:client', selected ? { clientId: selected, ...period } : null, 'Loading the client');
  const rows = overview.kind === 'ready' ? new Map(overview.data.clients.map((c) => [c.clientId, c])) : new Map();
  const currency = overview.kind === 'ready' ? overview.data.currency : (settings?.billing.currency ?? 'GBP');
  const say = (tone: 'ok' | 'error', text: string) => setMessage({ tone, text });
  const setDay = (which: 'from' | 'to', value: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setPeriod({ ...period, [which]: value });
  };

  return (
    <dialog
      ref={dialog}
      className="modal-dialog billing"
      aria-labelledby="billing-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={trapTab}
    >
      <header className="billing__header">
        <h2 id="billing-title">Billing</h2>
        <div className="billing__period" role="group" aria-label="Period">
          <button type="button" className="button button--icon" aria-label="Previous month" onClick={() => setPeriod(shiftMonth(period.from, -1))}>
            ‹
          </button>
          <strong className="billing__period-label" aria-live="polite">
            {periodLabel(period)}
          </strong>
          <button type="button" className="button button--icon" aria-label="Next month" onClick={() => setPeriod(shiftMonth(period.from, 1))}>
            ›
          </button>
          <label className="billing-form__inline">
            From <input type="date" className="billing-form__input" value={period.from} onChange={(e) => setDay('from', e.target.value)} />
          </label>
          <label className="billing-form__inline">
            To <input type="date" className="billing-form__input" value={period.to} onChange={(e) => setDay('to', e.target.value)} />
          </label>
        </div>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </header>
      {message && (
        <p className={`billing__message ${message.tone === 'error' ? 'billing__error' : 'billing__ok'}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div className="billing__body">
        <nav className="billing__clients" aria-label="Clients">
          {overview.kind === 'error' && <p className="billing__error">{overview.message}</p>}
          {overview.kind === 'ready' && (
            <p className="billing__total">
              Unbilled in {periodLabel(period)}: <strong>{formatMoney(overview.data.totals.grossMinor, currency)}</strong> with tax
            </p>
          )}
          <ul className="billing__client-list">
            {(directory?.clients ?? []).map((c) => {
              const row = rows.get(c.id);
              return (
                <li key={c.id}>
                  <button type="button" className="billing__client" aria-current={c.id === selected ? 'true' : undefined} onClick={() => (setClientId(c.id), setMessage(null))}>
                    <span className="billing__client-name">{c.name}</span>
                    <span className="billing__muted">{row ? `${row.visits} unbilled · ${formatMoney(row.grossMinor, currency)}` : 'nothing unbilled'}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <section className="billing__detail" aria-label="Client billing">
          {detail.kind === 'loading' && <p className="billing__muted">{selected ? 'Loading…' : 'Pick a client.'}</p>}
          {detail.kind === 'error' && <p className="billing__error">{detail.message}</p>}
          {detail.kind === 'ready' && (
            <>
              <div className="billing__detail-head">
                <h3>{detail.data.client.name}</h3>
                <span className="billing__muted">{CONTRACT_TYPE_LABELS[detail.data.client.contract.type]}</span>
                <a className="button" href={statementHash(detail.data.client.id, period.from, period.to)}>
                  Statement for {periodLabel(period)}
                </a>
              </div>
              <UnbilledWork key={`${detail.data.client.id}|${period.from}|${period.to}`} data={detail.data} onBilled={(text) => say('ok', text)} />
              <BlockHours key={`block-${detail.data.client.id}`} data={detail.data} today={dayOf(new Date(now), timeZone)} onMessage={say} />
              <BatchList data={detail.data} onMessage={say} />
              <details className="billing__contract">
                <summary>Contract terms</summary>
                <ClientContractForm key={detail.data.client.id} client={detail.data.client} currency={currency} />
              </details>
            </>
          )}
        </section>
      </div>
    </dialog>
  );
}
