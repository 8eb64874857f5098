import { useCommands, useCommandState } from '../../commands/CommandsProvider';
import { PrinterIcon } from './PrinterIcon';
import './run-sheet-board.css';

/** The header's "Print run sheets" button: runs the named command (same as Ctrl+P, the menu, the tray). */
export function PrintRunSheetsButton() {
  const commands = useCommands();
  const state = useCommandState('print-run-sheets');
  return (
    <button
      type="button"
      className="button print-run-sheets"
      aria-label="Print run sheets"
      disabled={!state?.enabled}
      title={state ? `${state.label} for the shown day (${state.shortcut ?? ''})` : 'Print run sheets'}
      onClick={() => commands.run('print-run-sheets')}
    >
      {/* Short visible text: the header is shared by many actions; the accessible name says it all. */}
      <PrinterIcon />
      Run sheets
    </button>
  );
}
