/**
 * The header's "Close out…" button and the `close-out-day` command it runs (also from the app
 * menu): the close-out screen for the day the board shows, for the first technician.
 */
import { useMemo } from 'react';
import { useCommandState, useRegisterCommand } from '../../commands/CommandsProvider';
import type { Command } from '../../commands/registry';
import { useRunSheetBoard } from '../run-sheet/RunSheetBoardProvider';
import { openCloseOut } from './close-out-route';
import './close-out-button.css';

export function CloseOutButton({ day }: { day: string | null }) {
  const command = useMemo<Command | null>(() => (day ? { id: 'close-out-day', label: 'Close out…', run: () => openCloseOut(day) } : null), [day]);
  useRegisterCommand(command);
  const state = useCommandState('close-out-day');
  return (
    <button type="button" className="button" title="Close out the day: enter the visits from the returned run sheets" disabled={!state?.enabled} onClick={() => day && openCloseOut(day)}>
      Close out…
    </button>
  );
}

/** In a technician's board row: open their close-out for the board's day. */
export function TechnicianCloseOutButton({ technicianId, name }: { technicianId: string; name: string }) {
  const day = useRunSheetBoard()?.day;
  if (!day) return null;
  return (
    <button
      type="button"
      className="tech-close-out"
      title={`Close out ${name}'s day`}
      aria-label={`Close out ${name}'s day`}
      onClick={(e) => {
        // The row label sits inside FullCalendar's resource cell; keep the click to ourselves.
        e.stopPropagation();
        openCloseOut(day, technicianId);
      }}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
