import { MaintenanceDialog } from './MaintenanceDialog';
import { closeMaintenance, openMaintenance, useMaintenanceOpenAt } from './maintenance-dialog-state';

/** The header's "Maintenance" button, and the one maintenance dialog it (or a job panel) opens. */
export function MaintenanceButton() {
  const openAt = useMaintenanceOpenAt();
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => openMaintenance()} title="Clients and their recurring maintenance plans">
        Maintenance
      </button>
      {openAt !== undefined && <MaintenanceDialog initialClientId={openAt} onClose={closeMaintenance} />}
    </>
  );
}
