import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { RunSheetStatusEntry } from '../../../../shared/ipc/outputs';
import { invoke, on } from '../../api/client';
import { key } from '../../commands/registry';
import type { Command } from '../../commands/registry';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import { createLoader } from '../../state/loader';
import { runSheetHash } from '../../../../shared/ipc/run-sheet-route';

export type RunSheetBoard = {
  /** The shop day the board's print actions and marks refer to. */
  day: string;
  /** Technicians whose printed sheet for `day` is out of date, with what changed. */
  stale: ReadonlyMap<string, RunSheetStatusEntry>;
  /** Open the printable sheets for `day`: every technician with visits, or the ones given. */
  open(technicianIds?: readonly string[]): void;
};

const RunSheetBoardContext = createContext<RunSheetBoard | null>(null);

/** The board's run-sheet facts, or null outside the provider (the row label then shows nothing). */
export function useRunSheetBoard(): RunSheetBoard | null {
  return useContext(RunSheetBoardContext);
}

/** Events after which a printed sheet may have become stale (or fresh again). */
const STATUS_EVENTS = ['jobs:changed', 'technicians:changed', 'clients:changed', 'runsheets:changed', 'data:reset'] as const;

/**
 * Keeps "changed since printed" for the board's day (refetched on every relevant push event,
 * coalesced like the console's other loaders) and registers the `print-run-sheets` command
 * (header button, Ctrl+P, the Electron menu and tray).
 */
export function RunSheetBoardProvider({ day, children }: { day: string | null; children: ReactNode }) {
  const [status, setStatus] = useState<{ day: string; entries: RunSheetStatusEntry[] } | null>(null);

  useEffect(() => {
    if (!day) return undefined;
    let live = true;
    const loader = createLoader(async () => {
      const result = await invoke('runsheets:status', { day });
      // A failed refresh keeps the last marks; the console's own loaders report lost connections.
      if (live && result.ok) setStatus({ day, entries: result.value.technicians });
    });
    void loader.run();
    const stops = STATUS_EVENTS.map((e) => on(e, () => void loader.run()));
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [day]);

  const value = useMemo<RunSheetBoard | null>(() => {
    if (!day) return null;
    const entries = status?.day === day ? status.entries : [];
    return {
      day,
      stale: new Map(entries.filter((e) => e.changes.length > 0).map((e) => [e.technicianId, e])),
      open: (ids = []) => {
        window.location.hash = runSheetHash(day, ids);
      },
    };
  }, [day, status]);

  const command = useMemo<Command | null>(
    () =>
      value && {
        id: 'print-run-sheets',
        label: 'Print run sheets',
        shortcut: 'Ctrl+P',
        // Ctrl+P would otherwise print the board's screen layout, which is never what a technician needs.
        matchesKey: key('p', { ctrl: true }),
        allowInTextFields: true,
        run: () => value.open(),
      },
    [value],
  );
  useRegisterCommand(command);

  return <RunSheetBoardContext.Provider value={value}>{children}</RunSheetBoardContext.Provider>;
}
