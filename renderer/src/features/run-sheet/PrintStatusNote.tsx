import { useEffect, useState } from 'react';
import type { RunSheetStatusEntry } from '../../../../shared/ipc/outputs';
import { invoke, on } from '../../api/client';
import { formatDayTime } from '../../lib/format';
import { createLoader } from '../../state/loader';

type Props = { day: string; timeZone: string; sheets: ReadonlyArray<{ technicianId: string; technicianName: string }> };

/**
 * Above the preview (never printed): when these sheets were last printed and what changed since,
 * so the dispatcher knows whether a reprint is needed before walking to the printer.
 */
export function PrintStatusNote({ day, timeZone, sheets }: Props) {
  const [entries, setEntries] = useState<RunSheetStatusEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    const loader = createLoader(async () => {
      const result = await invoke('runsheets:status', { day });
      if (live && result.ok) setEntries(result.value.technicians);
    });
    void loader.run();
    const stops = (['jobs:changed', 'clients:changed', 'technicians:changed', 'runsheets:changed', 'data:reset'] as const).map((e) => on(e, () => void loader.run()));
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [day]);

  if (!entries) return null;
  const byId = new Map(entries.map((e) => [e.technicianId, e]));
  const lines = sheets.map((sheet) => {
    const entry = byId.get(sheet.technicianId);
    if (!entry) return { id: sheet.technicianId, stale: false, text: `${sheet.technicianName}: not printed yet.` };
    const when = formatDayTime(entry.printedAt, timeZone);
    if (entry.changes.length === 0) return { id: sheet.technicianId, stale: false, text: `${sheet.technicianName}: printed ${when}, still up to date.` };
    return { id: sheet.technicianId, stale: true, text: `${sheet.technicianName}: printed ${when}; changed since: ${entry.changes.map((c) => c.text).join('; ')}.` };
  });
  if (lines.length === 0) return null;
  return (
    <ul className="run-sheet-status" aria-label="Print status">
      {lines.map((line) => (
        <li key={line.id} className={line.stale ? 'run-sheet-status__stale' : undefined}>
          {line.stale && <strong>Reprint needed · </strong>}
          {line.text}
        </li>
      ))}
    </ul>
  );
}
