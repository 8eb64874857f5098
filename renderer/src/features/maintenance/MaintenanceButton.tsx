import { MaintenanceDialog } from './MaintenanceDialog';
import { closeMaintenance, openMaintenance, useMaintenanceOpenAt, useMaintenancePrefill } from './maintenance-dialog-state';

/** The header's "Maintenance" button, and the one maintenance dialog it (or a job panel) opens. */
export function MaintenanceButton() {
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => openMaintenance()} title="Clients and their recurring maintenance plans">
        Maintenance
      </button>
      <MaintenanceDialogHost />
    </>
  );
}

/** The maintenance dialog while it is open (wherever it was opened from). */
export function MaintenanceDialogHost() {
  const openAt = useMaintenanceOpenAt();
  const prefill = useMaintenancePrefill();
  if (openAt === undefined) return null;
  return <MaintenanceDialog key={prefill ? `new|${prefill.clientId}|${prefill.siteId ?? ''}|${prefill.category}` : 'open'} initialClientId={openAt} prefill={prefill} onClose={closeMaintenance} />;
}
