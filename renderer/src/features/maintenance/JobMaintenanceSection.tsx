import type { Job } from '../../../../shared/schemas/job';
import { useConsoleState, useNow } from '../../state/hooks';
import { dayText } from './maintenance-marks';
import { MaintenanceDue } from './MaintenanceDue';
import { openMaintenance } from './maintenance-dialog-state';

/**
 * In the job panel, instead of SLA clocks for a maintenance visit: the plan it comes from, the
 * occurrence, and the due window (flagged once it has passed without the visit being done).
 */
export function JobMaintenanceSection({ job }: { job: Job }) {
  const now = useNow();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const plan = useConsoleState((s) => s.maintenancePlans?.find((p) => p.id === job.maintenance?.planId) ?? null);
  if (!job.maintenance) return null;
  return (
    <section className="job-section" aria-labelledby="job-maint-title">
      <h3 id="job-maint-title" className="job-section__title">
        Maintenance visit
      </h3>
      <dl className="job-facts">
        <dt>Plan</dt>
        <dd>
          {plan ? plan.title : <span className="job-muted">a plan that no longer exists</span>}{' '}
          {plan && (
            <button type="button" className="button button--quiet" onClick={() => openMaintenance(job.clientId)}>
              Open plan
            </button>
          )}
        </dd>
        <dt>Visit of</dt>
        <dd>{dayText(job.maintenance.occurrenceDate)}</dd>
        <dt>Due</dt>
        <dd>
          <MaintenanceDue job={job} now={now} timeZone={timeZone} />
        </dd>
        <dt>SLA</dt>
        <dd className="job-muted">None: a planned visit is due in its window</dd>
      </dl>
    </section>
  );
}

/** Next to a client's name: how many maintenance plans it has, opening them. Nothing without plans. */
export function ClientPlansMark({ clientId }: { clientId: string }) {
  const count = useConsoleState((s) => s.maintenancePlans?.filter((p) => p.clientId === clientId).length ?? 0);
  if (count === 0) return null;
  return (
    <button type="button" className="button button--quiet maint-client" onClick={() => openMaintenance(clientId)} title="Open this client's maintenance plans">
      <span className="maint-tag">Maintenance</span>
      {count === 1 ? '1 plan' : `${count} plans`}
    </button>
  );
}
