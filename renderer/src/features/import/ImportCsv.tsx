/**
 * The header's "Import…" button and the `import-csv` command it runs (also reachable from the
 * app menu through `command:run` once the menu lists it). Renders the dialog while open.
 */
import { useMemo, useState } from 'react';
import { useCommandState, useRegisterCommand } from '../../commands/CommandsProvider';
import type { Command } from '../../commands/registry';
import { ImportDialog } from './ImportDialog';

export function ImportCsv() {
  const [open, setOpen] = useState(false);
  const command = useMemo<Command>(() => ({ id: 'import-csv', label: 'Import…', run: () => setOpen(true) }), []);
  useRegisterCommand(command);
  const state = useCommandState('import-csv');
  return (
    <>
      <button
        type="button"
        className="button"
        title="Import jobs, clients or technicians from a CSV file"
        disabled={state ? !state.enabled : true}
        onClick={() => setOpen(true)}
      >
        {state?.label ?? 'Import…'}
      </button>
      {open ? <ImportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
