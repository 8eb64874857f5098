/**
 * The urgent-alert list as the host last told us: loaded with `alerts:list`, kept current by
 * `alerts:changed`, reloaded after the event socket reconnects or the data file is replaced.
 * Acknowledge and snooze go to the host, which pushes the new list to every open view.
 */
import type { AlertsSnapshot, RaisedAlert } from '../../../../shared/domain/alerts';
import type { AppErrorData } from '../../../../shared/ipc/result';
import type { ConsoleApi } from '../../state/console-store';

export type AlertsState = {
  snapshot: AlertsSnapshot | null;
  /** The last acknowledge/snooze failure, shown in the banner until the next success. */
  error: AppErrorData | null;
  /** An acknowledge or snooze is on its way (buttons refuse a second click). */
  busy: boolean;
};

export type AlertsStore = ReturnType<typeof createAlertsStore>;

export function createAlertsStore(api: Pick<ConsoleApi, 'invoke' | 'on' | 'onConnectionChange'>) {
  let state: AlertsState = { snapshot: null, error: null, busy: false };
  const listeners = new Set<() => void>();
  const raisedListeners = new Set<(alert: RaisedAlert) => void>();
  const set = (patch: Partial<AlertsState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  };
  // A slow `alerts:list` answer must not overwrite a newer pushed list.
  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const result = await api.invoke('alerts:list', {});
    if (result.ok && mine === generation) set({ snapshot: result.value });
  };
  const act = async (run: () => ReturnType<typeof api.invoke<'alerts:ack'>>) => {
    if (state.busy) return;
    set({ busy: true });
    const result = await run();
    generation++;
    set(result.ok ? { busy: false, error: null, snapshot: result.value } : { busy: false, error: result.error });
  };

  return {
    getState: (): AlertsState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Be told of each raised alert (for a sound in the browser view). */
    onRaised(listener: (alert: RaisedAlert) => void): () => void {
      raisedListeners.add(listener);
      return () => raisedListeners.delete(listener);
    },
    start(): () => void {
      const stops = [
        api.on('alerts:changed', (snapshot) => {
          generation++;
          set({ snapshot });
        }),
        api.on('alert:raised', (alert) => raisedListeners.forEach((l) => l(alert))),
        api.on('data:reset', () => void load()),
        api.onConnectionChange((change) => {
          if (change.state === 'open' && change.reconnected) void load();
        }),
      ];
      void load();
      return () => stops.forEach((stop) => stop());
    },
    /** Acknowledge one job's alert, or every alert shown. */
    acknowledge: (jobId?: string) => act(() => api.invoke('alerts:ack', jobId ? { jobId } : {})),
    snooze: (minutes: number) => act(() => api.invoke('alerts:snooze', { minutes })),
  };
}
