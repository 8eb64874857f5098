import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { invoke, on, onConnectionChange } from '../../api/client';
import { useCommands } from '../../commands/CommandsProvider';
import { useConsoleState, useNow } from '../../state/hooks';
import { layoutHold } from '../../lib/layout-hold';
import { queueFocus } from '../queue/queue-focus';
import { AlertBanner } from './AlertBanner';
import { HeldAlertsNotice } from './HeldAlertsNotice';
import { playAlertChime } from './alert-sound';
import { createAlertsStore } from './alerts-store';
import type { AlertsStore } from './alerts-store';
import { titleWithCount } from './document-title';
import './alerts.css';

const BASE_TITLE = 'Dispatch Console';

/**
 * Urgent alerts in the page, for the Electron window and the browser view alike: the banner, the
 * count in the document title, and a chime in the browser view (Electron's OS notification has
 * its own sound). A job in the banner opens with `open-job`, as the OS notification and the tray
 * do through `show-job` (both registered by the job panel, features/jobs/JobDialogs.tsx).
 */
export function UrgentAlerts({ store: given }: { store?: AlertsStore }) {
  const store = useMemo(() => given ?? createAlertsStore({ invoke, on, onConnectionChange }), [given]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const directory = useConsoleState((s) => s.directory);
  const settings = useConsoleState((s) => s.settings);
  const now = useNow();
  const commands = useCommands();
  const [host, setHost] = useState<'electron' | 'headless' | null>(null);

  useEffect(() => store.start(), [store]);
  useEffect(() => {
    let live = true;
    void invoke('app:info', {}).then((r) => live && r.ok && setHost(r.value.host));
    return () => {
      live = false;
    };
  }, []);

  // The browser view has no OS notification to make a sound: chime in the page instead.
  useEffect(
    () =>
      store.onRaised((alert) => {
        if (host === 'headless' && alert.sound) playAlertChime(alert.hasP1);
      }),
    [store, host],
  );

  const pendingAlerts = useMemo(() => (state.snapshot?.snoozedUntil ? [] : (state.snapshot?.urgent ?? []).filter((a) => !a.acknowledged)), [state.snapshot]);
  // The title counts every urgent unassigned job, acknowledged or not: acknowledging stops the
  // interruptions, not the urgency, and the count in the taskbar is what is seen from another window.
  const urgentCount = state.snapshot?.urgent.length ?? 0;
  // While a drag holds the layout (see layout-hold.ts) the banner's space is pinned, so alerts
  // that arrive meanwhile could not be seen in it: they are shown over the header until the drop.
  const shownIds = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    shownIds.current = new Set(pendingAlerts.map((a) => a.jobId));
  }, [pendingAlerts]);
  const [shownAtHold, setShownAtHold] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => layoutHold.subscribe((held) => setShownAtHold(held ? shownIds.current : null)), []);
  const arrived = shownAtHold ? pendingAlerts.filter((a) => !shownAtHold.has(a.jobId)) : [];
  useEffect(() => {
    document.title = titleWithCount(BASE_TITLE, urgentCount);
  }, [urgentCount]);

  const openJob = useCallback(
    (jobId: string) => {
      commands.run('open-job', { jobId });
    },
    [commands],
  );

  const clientName = useCallback(
    (clientId: string) => directory?.clients.find((c) => c.id === clientId)?.name ?? null,
    [directory],
  );

  if (!state.snapshot) return null;
  return (
    <>
      {arrived.length > 0 && <HeldAlertsNotice alerts={arrived} />}
      {/* Cut off by the pinned space meanwhile: announced once, by the notice. */}
      <div aria-hidden={arrived.length > 0 || undefined}>
        <AlertBanner
          snapshot={state.snapshot}
          clientName={clientName}
          timeZone={settings?.timeZone ?? 'UTC'}
          now={now}
          busy={state.busy}
          error={state.error}
          onOpen={openJob}
          onAcknowledge={(jobId) => void store.acknowledge(jobId)}
          onSnooze={(minutes) => void store.snooze(minutes)}
          onShowInQueue={queueFocus.show}
        />
      </div>
    </>
  );
}
