/**
 * Opening the Reports view. The desktop app shows it in a window of its own (`reports:window`), so
 * the board stays on screen beside it; the headless host has no windows to open and answers
 * FORBIDDEN, and the browser then shows the view at `#/reports` in this tab (Back returns).
 */
import { reportsHash } from '../../../../shared/ipc/reports-route';
import type { ReportKind } from '../../../../shared/ipc/reports-route';
import { invoke } from '../../api/client';

export async function openReports(report: ReportKind = 'demand'): Promise<void> {
  const result = await invoke('reports:window', { report });
  if (result.ok) return;
  window.location.hash = reportsHash({ report });
}
