/**
 * The console's data: what the host last told us, plus a few UI facts (notices, a dismissed
 * banner). A plain external store read through `useSyncExternalStore`; every change replaces the
 * state object, and untouched slices keep their identity so memoised views do not re-render.
 *
 * The host is the only source of truth. Jobs live in one cache keyed by id (see live-jobs.ts),
 * fed by snapshots, by the deltas `jobs:changed` carries and by this window's own calls, with
 * optimistic changes while they save; the queue and the board are derived from it. The rarer
 * kinds of change (technicians, clients, settings) refetch what they name.
 */
import type { BoardData, DataStatus, Directory, QueueData } from '../../../shared/ipc/outputs';
import type { AppErrorData } from '../../../shared/ipc/result';
import type { ConnectionChange, invoke, on, onConnectionChange } from '../api/client';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/schemas/settings';
import type { MaintenancePlanView } from '../../../shared/domain/maintenance';
import { describeError } from '../lib/error-text';
import { createLoader } from './loader';
import { createLiveJobs } from './live-jobs';

export type Notice = { id: number; tone: 'error' | 'info'; text: string };
export type BoardRange = { from: string; to: string };

export type ConsoleState = {
  status: DataStatus | null;
  settings: Settings | null;
  directory: Directory | null;
  /** Recurring maintenance plans (they change with the clients: `clients:changed`). */
  maintenancePlans: MaintenancePlanView[] | null;
  queue: QueueData | null;
  board: BoardData | null;
  /** The range the board shows; `board` is only ever data for this range. */
  boardRange: BoardRange | null;
  /** False while calls fail to reach the host (shown as "Reconnecting…"). */
  online: boolean;
  notices: Notice[];
  /** `recovery.at` of the recovery banner the user dismissed. */
  dismissedRecoveryAt: string | null;
  /** A long action is running (buttons show it and refuse a second click). */
  pending: 'sample' | 'dismiss-sample' | 'restore' | null;
  /** Jobs with a change of this window still saving (shown where the change puts them, marked). */
  pendingJobIds: ReadonlySet<string>;
  /** Rises with every change of the job cache (views reading one job by id follow it). */
  jobsVersion: number;
};

/** The slice of api/client the store needs; tests pass a fake. */
export type ConsoleApi = {
  invoke: typeof invoke;
  on: typeof on;
  /** Calls fail to reach the host / reach it again. */
  onReachabilityChange(listener: (reachable: boolean) => void): () => void;
  /** The push-event socket drops / comes back (headless host only). */
  onConnectionChange: typeof onConnectionChange;
  /** Run `flush` once before the next paint; pushed deltas are applied in one batch there. */
  frame(flush: () => void): void;
};

export type ConsoleStore = ReturnType<typeof createConsoleStore>;

/** How often to retry while the host cannot be reached. */
const RECONNECT_MS = 3000;

export function createConsoleStore(api: ConsoleApi) {
  let state: ConsoleState = {
    status: null,
    settings: null,
    directory: null,
    maintenancePlans: null,
    queue: null,
    board: null,
    boardRange: null,
    online: true,
    notices: [],
    dismissedRecoveryAt: null,
    pending: null,
    pendingJobIds: new Set(),
    jobsVersion: 0,
  };
  const listeners = new Set<() => void>();
  let nextNoticeId = 1;
  const jobs = createLiveJobs({ frame: api.frame, onChange: (view) => set(view), resync: () => resync() });

  const set = (patch: Partial<ConsoleState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  const notify = (tone: Notice['tone'], text: string) => {
    // The same failure repeating (every refetch while a disk is full) shows once, not as a pile.
    if (state.notices.some((n) => n.text === text)) return;
    set({ notices: [...state.notices, { id: nextNoticeId++, tone, text }].slice(-4) });
  };
  const reportError = (action: string, error: AppErrorData) => notify('error', describeError(action, error));

  /** One call: the value, or null after reporting the failure (never throws). */
  async function call<C extends Channel>(action: string, channel: C, input: Input<C>): Promise<Output<C> | null> {
    const result = await api.invoke(channel, input);
    if (result.ok) return result.value;
    // While the host is unreachable the header says so; a toast per failed refetch would be noise.
    if (state.online) reportError(action, result.error);
    return null;
  }

  const loaders = {
    status: createLoader(async () => {
      const status = await call('Checking the data file', 'data:status', {});
      if (status) set({ status });
    }),
    settings: createLoader(async () => {
      const settings = await call('Loading settings', 'settings:get', {});
      if (settings) set({ settings });
    }),
    directory: createLoader(async () => {
      const directory = await call('Loading clients', 'clients:list', {});
      if (directory) set({ directory });
    }),
    plans: createLoader(async () => {
      const maintenancePlans = await call('Loading maintenance plans', 'maintenance:list', {});
      if (maintenancePlans) set({ maintenancePlans });
    }),
    queue: createLoader(async () => {
      const queue = await call('Loading the queue', 'queue:list', {});
      if (queue) jobs.queueSnapshot(queue);
    }),
    board: createLoader(async () => {
      const range = state.boardRange;
      if (!range) return;
      const board = await call('Loading the board', 'board:range', range);
      // A response for a range the user already navigated away from is dropped; the loader has
      // been asked again for the new range and runs once more.
      if (board && state.boardRange === range) jobs.boardSnapshot(board);
    }),
  };
  /** Missed deltas: the queue and the board range again, once however many gaps were seen. */
  const resync = () => {
    void loaders.queue.run();
    void loaders.board.run();
  };

  const reloadAll = () =>
    Promise.all([
      loaders.status.run(),
      loaders.settings.run(),
      loaders.directory.run(),
      loaders.plans.run(),
      loaders.queue.run(),
      loaders.board.run(),
    ]).then(() => undefined);

  // Two independent signals: calls failing to reach the host, and the event socket being down.
  // Either one means the console may be showing stale data.
  let callsFailing = false;
  let socketDown = false;
  let reconnectTimer: ReturnType<typeof setInterval> | null = null;
  const updateOnline = () => {
    const online = !callsFailing && !socketDown;
    if (online !== state.online) set({ online });
  };
  const onReachability = (reachable: boolean) => {
    callsFailing = !reachable;
    updateOnline();
    if (!reachable && !reconnectTimer) {
      reconnectTimer = setInterval(() => void loaders.status.run(), RECONNECT_MS);
    } else if (reachable && reconnectTimer) {
      clearInterval(reconnectTimer);
      reconnectTimer = null;
      // Push events may have been missed while away: refetch everything shown.
      void reloadAll();
    }
  };
  const onConnection = (change: ConnectionChange) => {
    socketDown = change.state === 'reconnecting';
    updateOnline();
    if (change.state === 'open' && change.reconnected) {
      jobs.renumber();
      void reloadAll();
    }
  };

  return {
    getState: (): ConsoleState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Subscribe to push events and load the first data; returns the function that stops it all. */
    start(): () => void {
      const stops = [
        api.onReachabilityChange(onReachability),
        api.onConnectionChange(onConnection),
        api.on('jobs:changed', (delta) => {
          jobs.receive(delta);
          // The status says whether the shop is empty and whether the last write failed; only
          // then can a job change alter it (a good write clears the error).
          if (state.status?.empty || state.status?.lastWriteError) void loaders.status.run();
        }),
        api.on('technicians:changed', () => {
          void loaders.board.run();
          void loaders.status.run();
        }),
        api.on('clients:changed', () => {
          void loaders.directory.run();
          void loaders.plans.run();
          void loaders.status.run();
        }),
        api.on('settings:changed', () => {
          void loaders.settings.run();
          void loaders.status.run();
        }),
        api.on('data:reset', (status) => {
          set({ status });
          jobs.reset();
          void loaders.settings.run();
          void loaders.directory.run();
          void loaders.plans.run();
          void loaders.queue.run();
          void loaders.board.run();
        }),
      ];
      void reloadAll();
      return () => {
        for (const stop of stops) stop();
        if (reconnectTimer) clearInterval(reconnectTimer);
        reconnectTimer = null;
      };
    },

    /** The board shows a new range (FullCalendar's `datesSet`). */
    setBoardRange(range: BoardRange): Promise<void> {
      const current = state.boardRange;
      if (current && current.from === range.from && current.to === range.to) return Promise.resolve();
      set({ boardRange: range });
      return loaders.board.run();
    },

    reloadAll,

    /** The jobs cache: reads by id, the host's replies, and this window's optimistic changes. */
    jobs,

    /** Fetch one job again (a refusal said this window's copy is stale). */
    async refreshJob(id: string): Promise<void> {
      const result = await api.invoke('jobs:get', { id });
      if (result.ok) jobs.merge(result.value);
    },

    async loadSample(): Promise<void> {
      if (state.pending) return;
      set({ pending: 'sample' });
      const result = await call('Loading the sample shop', 'sample:load', {});
      set({ pending: null });
      if (result) notify('info', `Sample shop loaded: ${result.technicians} technicians, ${result.jobs} jobs.`);
      // The host also pushes `data:reset`; refetching here keeps the console right without it.
      await reloadAll();
    },

    async dismissSample(): Promise<void> {
      if (state.pending) return;
      set({ pending: 'dismiss-sample' });
      await call('Saving your choice', 'sample:dismiss', {});
      set({ pending: null });
      await loaders.status.run();
    },

    async restoreBackup(name: string): Promise<void> {
      if (state.pending) return;
      set({ pending: 'restore' });
      const status = await call('Restoring the backup', 'backups:restore', { name });
      set({ pending: null });
      if (status) {
        set({ status });
        notify('info', `Restored ${name}.`);
      }
      await reloadAll();
    },

    dismissRecovery(): void {
      set({ dismissedRecoveryAt: state.status?.recovery?.at ?? null });
    },

    /** Show a toast (confirmations fade, errors stay): "J-1042 saved…" (quick call). */
    notify,

    dismissNotice(id: number): void {
      set({ notices: state.notices.filter((n) => n.id !== id) });
    },
  };
}
