import './maintenance.css';
import { maintenanceOverdue } from '../../../../shared/domain/maintenance';
import type { Job } from '../../../../shared/schemas/job';
import { windowText } from './maintenance-marks';

/**
 * A maintenance visit's deadline where other jobs show an SLA clock: its window, and "Overdue"
 * in words (not colour alone) once the window has passed without the visit being done.
 */
export function MaintenanceDue({ job, now, timeZone }: { job: Job; now: number; timeZone: string }) {
  if (!job.maintenance) return null;
  const overdue = maintenanceOverdue(job, new Date(now));
  return (
    <span className={`maint-due${overdue ? ' maint-due--overdue' : ''}`} title={`Maintenance visit due ${windowText(job.maintenance, timeZone)}`}>
      {overdue && <span className="maint-flag">Overdue</span>}
      {windowText(job.maintenance, timeZone)}
    </span>
  );
}

/** The small "Maintenance" tag before a job's title. */
export function MaintenanceTag() {
  return <span className="maint-tag">Maintenance</span>;
}
