import { useRef, useState } from 'react';
import { dayOf } from '../../../../shared/domain/jobs';
import type { MaintenancePlan } from '../../../../shared/schemas/maintenance';
import { useConsoleState, useNow } from '../../state/hooks';
import { trapTab, useModalDialog } from '../jobs/use-modal-dialog';
import { PlanCard } from './PlanCard';
import { PlanEditor } from './PlanEditor';
import type { PlanPrefill } from './plan-form';
import './maintenance.css';

type Props = {
  initialClientId: string | null;
  /** Open straight on a new plan filled in with this (the Reports view's repeat problems). */
  prefill?: PlanPrefill | null;
  onClose: () => void;
};

/**
 * The clients and their recurring maintenance: every client, those with plans marked, and for the
 * chosen one its plans with their next visits, where a plan is added, edited, paused or deleted
 * and a single visit skipped or moved.
 */
export function MaintenanceDialog({ initialClientId, prefill = null, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const directory = useConsoleState((s) => s.directory);
  const plans = useConsoleState((s) => s.maintenancePlans);
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const now = useNow();
  const today = dayOf(new Date(now), timeZone);
  const clients = directory?.clients ?? [];
  const [clientId, setClientId] = useState<string | null>(initialClientId ?? clients[0]?.id ?? null);
  const [editing, setEditing] = useState<{ plan: MaintenancePlan | null } | null>(prefill ? { plan: null } : null);
  useModalDialog(dialog);
  const client = clients.find((c) => c.id === clientId) ?? null;
  const planCount = (id: string) => plans?.filter((p) => p.clientId === id).length ?? 0;
  const clientPlans = plans?.filter((p) => p.clientId === clientId) ?? [];
  // The plan being edited, as the host now has it (a skip elsewhere must not be undone by saving).
  const editingPlan = editing?.plan ? (plans?.find((p) => p.id === editing.plan?.id) ?? editing.plan) : null;

  return (
    <dialog
      ref={dialog}
      className="modal-dialog mp"
      aria-labelledby="mp-title"
      onCancel={(event) => {
        event.preventDefault();
        if (editing) setEditing(null);
        else onClose();
      }}
      onKeyDown={trapTab}
    >
      <header className="mp__header">
        <h2 id="mp-title">Clients and maintenance plans</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="mp__body">
        <nav className="mp__clients" aria-label="Clients">
          <ul>
            {clients.map((c) => {
              const count = planCount(c.id);
              return (
                <li key={c.id}>
                  <button
                    type="button"
                    className="mp__client"
                    aria-current={c.id === clientId ? 'true' : undefined}
                    onClick={() => {
                      setClientId(c.id);
                      setEditing(null);
                    }}
                  >
                    <span>{c.name}</span>
                    {count > 0 && (
                      <span className="mp-badge mp-badge--plans" title={`${count} maintenance ${count === 1 ? 'plan' : 'plans'}`}>
                        {count === 1 ? '1 plan' : `${count} plans`}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
          {clients.length === 0 && <p className="mp-muted">No clients yet.</p>}
        </nav>
        <section className="mp__detail" aria-labelledby="mp-client-title">
          {client && (
            <>
              <header className="mp__client-header">
                <h3 id="mp-client-title">{client.name}</h3>
                <span className="mp-muted">{client.contract.type === 'managed' ? 'Managed services' : client.contract.type === 'block-hours' ? 'Block hours' : 'Break/fix'}</span>
                {!editing && (
                  <button type="button" className="button button--primary" onClick={() => setEditing({ plan: null })}>
                    New plan
                  </button>
                )}
              </header>
              {editing ? (
                <PlanEditor key={editingPlan?.id ?? 'new'} clientId={client.id} plan={editingPlan} today={today} prefill={prefill} onDone={() => setEditing(null)} />
              ) : clientPlans.length > 0 ? (
                clientPlans.map((p) => <PlanCard key={p.id} plan={p} onEdit={() => setEditing({ plan: p })} />)
              ) : (
                <p className="mp-muted">No maintenance plans. Add one to put recurring visits into the quiet hours.</p>
              )}
            </>
          )}
        </section>
      </div>
    </dialog>
  );
}
