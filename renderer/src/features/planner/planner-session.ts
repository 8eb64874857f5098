/**
 * This window's "plan the queue" state: the run in progress (its progress, shown after half a
 * second, and its cancel), the plan shown as ghosts on the board, and accepting all or part of it.
 * An accepted part is one host change and one undo entry (undo puts every job of it back). When
 * the host refuses an accept because something changed since the plan was made, the plan is made
 * again with the same request and the dispatcher is told why.
 *
 * Pure logic over injected `invoke` / `on`, unit-tested with a fake host; the React side only
 * subscribes (use-planner.ts).
 */
import type { invoke as hostInvoke, on as hostOn } from '../../api/client';
import type { PlanDraft, PlanView } from '../../../../shared/ipc/planner-outputs';
import type { AppErrorData } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import type { BoardSession } from '../board/board-session';
import type { BatchItem } from '../undo/undo-stack';

/** A run shows its progress only once it has taken this long (a quick plan just appears). */
export const PROGRESS_DELAY_MS = 500;

export type PlanRequest = { days: number; mayMoveScheduled: boolean; jobIds?: string[] };

export type PlannerState = {
  phase: 'idle' | 'running' | 'ready' | 'error';
  request: PlanRequest;
  /** Progress of the run, once it has taken longer than PROGRESS_DELAY_MS. */
  progress: { done: number; total: number; phase: string } | null;
  plan: PlanView | null;
  /**
   * The plan as it stands while a slow run works (shown once progress is): the board draws it as
   * ghosts so the dispatcher sees the plan forming; the finished plan replaces it.
   */
  draft: PlanDraft[] | null;
  /** A sentence for the panel: why the plan was made again, or what went wrong. */
  notice: string | null;
  /** Accepting is on its way. */
  accepting: boolean;
};

export type PlannerDeps = {
  invoke: typeof hostInvoke;
  on: typeof hostOn;
  session: Pick<BoardSession, 'undo' | 'toast'>;
  jobs: { merge(job: Job): void };
  /** Ids for runs, unique in this window. */
  newRunId?: () => string;
  setTimer?: (fn: () => void, ms: number) => () => void;
};

const snapshot = (j: Pick<Job, 'assignment' | 'status' | 'statusReason'>) => ({ assignment: j.assignment, status: j.status, statusReason: j.statusReason });

const failure = (what: string, error: AppErrorData) => `${what} failed: ${error.message}`;

export function createPlannerSession(deps: PlannerDeps) {
  let runs = 0;
  const newRunId = deps.newRunId ?? (() => `plan-${Date.now().toString(36)}-${++runs}`);
  const setTimer = deps.setTimer ?? ((fn, ms) => {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  });
  let state: PlannerState = { phase: 'idle', request: { days: 2, mayMoveScheduled: false }, progress: null, plan: null, draft: null, notice: null, accepting: false };
  let runId: string | null = null;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<PlannerState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  };

  async function propose(request: PlanRequest, notice: string | null = null): Promise<void> {
    if (runId) void deps.invoke('planner:cancel', { runId });
    const id = newRunId();
    runId = id;
    set({ phase: 'running', request, progress: null, plan: null, draft: null, notice, accepting: false });
    let late = false;
    let latest: PlannerState['progress'] = { done: 0, total: 0, phase: 'construct' };
    let latestDraft: PlanDraft[] | null = null;
    const stopTimer = setTimer(() => {
      late = true;
      if (runId === id) set({ progress: latest, draft: latestDraft });
    }, PROGRESS_DELAY_MS);
    const off = deps.on('planner:progress', (p) => {
      if (p.runId !== id) return;
      latest = { done: p.done, total: p.total, phase: p.phase };
      latestDraft = p.draft;
      if (late) set({ progress: latest, draft: latestDraft });
    });
    const result = await deps.invoke('planner:propose', { runId: id, days: request.days, mayMoveScheduled: request.mayMoveScheduled, ...(request.jobIds ? { jobIds: request.jobIds } : {}) });
    stopTimer();
    off();
    if (runId !== id) return; // replaced or cancelled meanwhile
    runId = null;
    if (!result.ok) return set({ phase: 'error', progress: null, draft: null, notice: failure('Planning the queue', result.error) });
    if (result.value.status === 'cancelled') return set({ phase: 'idle', progress: null, plan: null, draft: null });
    set({ phase: 'ready', progress: null, draft: null, plan: result.value.plan });
  }

  async function accept(choice: { jobIds?: string[]; technicianIds?: string[] } = {}): Promise<boolean> {
    const plan = state.plan;
    if (!plan || state.accepting) return false;
    set({ accepting: true, notice: null });
    const result = await deps.invoke('planner:accept', { planId: plan.planId, ...choice });
    if (!result.ok) {
      set({ accepting: false });
      if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') {
        // Something the plan relied on changed: plan again from what is there now.
        void propose(state.request, `${result.error.message}`);
        return false;
      }
      set({ notice: failure('Accepting the plan', result.error) });
      return false;
    }
    const { jobs, before } = result.value;
    for (const job of jobs) deps.jobs.merge(job);
    const byId = new Map(before.map((b) => [b.id, b]));
    const batch: BatchItem[] = jobs.map((job) => {
      const b = byId.get(job.id);
      return {
        jobId: job.id,
        jobNumber: job.number,
        before: b ? snapshot(b) : snapshot(job),
        after: snapshot(job),
        beforeRevision: b?.revision ?? job.revision - 1,
        afterRevision: job.revision,
      };
    });
    const label = jobs.length === 1 ? (jobs[0]?.number ?? '1 job') : `${jobs.length} jobs`;
    const empty = snapshot({ assignment: null, status: 'new', statusReason: null });
    deps.session.undo.record({ jobId: '', jobNumber: label, kind: 'plan', before: empty, after: empty, beforeRevision: 0, afterRevision: 0, batch });
    deps.session.toast({ tone: 'info', text: `Booked ${label} from the plan. Ctrl+Z undoes them together.`, details: [], actions: [] });
    const done = new Set(jobs.map((j) => j.id));
    const proposals = plan.proposals.filter((p) => !done.has(p.jobId));
    set({ accepting: false, plan: { ...plan, proposals }, phase: proposals.length > 0 ? 'ready' : 'idle' });
    if (proposals.length === 0) set({ plan: null });
    return true;
  }

  return {
    get: (): PlannerState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Plan these queued jobs (all queued jobs when none are given) with the current options. */
    propose: (jobIds?: string[]) => propose({ days: state.request.days, mayMoveScheduled: state.request.mayMoveScheduled, ...(jobIds ? { jobIds } : {}) }),
    /** Plan again with the same request (after the options changed). */
    replan: (patch: Partial<PlanRequest>) => propose({ ...state.request, ...patch }),
    cancel(): void {
      if (!runId) return;
      void deps.invoke('planner:cancel', { runId });
      runId = null;
      set({ phase: 'idle', progress: null, plan: null, draft: null });
    },
    accept,
    /** Forget the plan: the ghosts leave the board, nothing was written. */
    discard(): void {
      if (runId) void deps.invoke('planner:cancel', { runId });
      runId = null;
      set({ phase: 'idle', progress: null, plan: null, draft: null, notice: null });
    },
  };
}

export type PlannerSession = ReturnType<typeof createPlannerSession>;
