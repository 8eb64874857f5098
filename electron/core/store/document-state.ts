/**
 * The document in memory, as two immutable states: `latest` (every change applied so far, in call
 * order, including ones whose write has not finished) and `durable` (what the last successful write
 * put on disk). Callers are answered from `durable`; mutations run against `latest` so numbering and
 * duplicate checks stay sequential. A failed write puts `latest` back to `durable`.
 *
 * States are frozen and share structure (immer): keeping the state a write serializes, or the last
 * durable one, costs a pointer, and an accidental in-place write to either throws instead of
 * silently changing what a reader or the writer sees.
 */
import { current, enableArrayMethods, enablePatches, freeze, isDraft, isDraftable, produce, type Draft, type Patch } from 'immer';

export class DocumentState<T> {
  private latestState: T;
  private durableState: T;

  constructor(initial: T) {
    // Array methods (find, filter, some…) over a draft then visit the frozen records themselves
    // instead of wrapping each one in a proxy: a look-up among thousands of jobs stays cheap.
    enableArrayMethods();
    // The journal records each change as the patches immer derives while finishing the draft.
    enablePatches();
    this.latestState = this.durableState = freeze(initial, true);
  }

  /** The last state known to be on disk. */
  get durable(): T {
    return this.durableState;
  }

  /** Every applied change, written or not: the state the next write will put on disk. */
  get latest(): T {
    return this.latestState;
  }

  /**
   * Run `fn` on a draft of `latest` and make the outcome the new `latest`. If `fn` throws, nothing
   * changes (the draft is dropped), whatever it had already written to the draft. `fn` also gets the
   * state it started from, for look-ups: reading records through the draft wraps each one visited.
   */
  apply<R>(fn: (draft: T, base: T) => R): R {
    return this.applyRecorded(fn, false).result;
  }

  /** `apply`, also returning what changed as immer patches (what the journal records); [] for no change. */
  applyWithPatches<R>(fn: (draft: T, base: T) => R): { result: R; patches: Patch[] } {
    return this.applyRecorded(fn, true);
  }

  private applyRecorded<R>(fn: (draft: T, base: T) => R, record: boolean): { result: R; patches: Patch[] } {
    const base = this.latestState;
    let result!: R;
    let patches: Patch[] = [];
    this.latestState = produce(
      base,
      (draft: Draft<T>) => {
        const value = fn(draft as T, base);
        if (isThenable(value)) throw new TypeError('store.mutate() takes a synchronous function; do the async work before calling it.');
        // A draft is revoked once the recipe ends: hand back a plain, frozen copy of any in the result.
        result = detach(value);
      },
      record ? (changes: Patch[]) => void (patches = changes) : undefined,
    );
    return { result, patches };
  }

  /** Replace `latest` wholesale (a restore). */
  replace(doc: T): void {
    this.latestState = freeze(doc, true);
  }

  /** A write of `snapshot` (an earlier or the current `latest`) is on disk. */
  markDurable(snapshot: T): void {
    this.durableState = snapshot;
  }

  /** The write failed: forget every change that is not on disk. */
  rollBack(): void {
    this.latestState = this.durableState;
  }
}

/** `value` with every draft in it replaced by a frozen copy of the draft's current content. */
function detach<V>(value: V): V {
  if (isDraft(value)) return freeze(current(value as Draft<V>) as V, true);
  if (!isDraftable(value) || Object.isFrozen(value)) return value;
  // A fresh container (e.g. `{ job, conflicts }`) may hold drafts.
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const inner = record[key];
    const detached = detach(inner);
    if (detached !== inner) record[key] = detached;
  }
  return value;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
