import { openReports } from './open-reports';

/** The Office menu's "Reports": the desktop app opens (or brings forward) its Reports window; a browser goes to `#/reports`. */
export function ReportsButton() {
  return (
    <button type="button" className="button" onClick={() => void openReports()} title="Charts of demand, SLAs, backlog, technicians, overtime, repeat problems and income">
      Reports
    </button>
  );
}
