/**
 * Group commit for a single in-memory document.
 *
 * At most one write is in flight. Every `schedule()` joins the *next* write: the first one after an
 * idle period starts a write on the next microtask (so a synchronous burst shares it); calls made
 * while a write is in flight share the one write that starts when it ends. Each write serializes
 * the whole current document once, so N mutations in a batch cost one serialization and one fsync.
 * A failed write fails its batch and the batch queued behind it (see `onFailed`).
 */

type Batch = {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
};

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A batch with no waiter left (e.g. only `flush` was interested and gave up) must not crash the
  // process with an unhandled rejection; callers still see the error through their own `then`.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export class WriteQueue {
  private pending: Batch | null = null;
  /** Settles (never rejects) when the write in flight has finished. */
  private inflight: Promise<void> | null = null;
  /** The batch of the write in flight. */
  private writing: Batch | null = null;
  private error: string | null = null;

  /**
   * @param write Writes the whole current document. It must take its snapshot synchronously when
   *   called (before its first await): that moment is the batch boundary.
   * @param onFailed Called synchronously when a write fails, before any caller hears of it and before
   *   another change can join a batch: the owner rolls the document back to the last written state.
   */
  constructor(
    private readonly write: () => Promise<void>,
    private readonly onFailed: (error: unknown) => void = () => undefined,
  ) {}

  /** Message of the last failed write, cleared by the next good one. */
  get lastError(): string | null {
    return this.error;
  }

  /** Ask for a write that includes everything changed so far; resolves once it is on disk. */
  schedule(): Promise<void> {
    if (!this.pending) {
      this.pending = newBatch();
      if (!this.inflight) queueMicrotask(() => this.startNext());
    }
    return this.pending.promise;
  }

  /** Resolve once every change requested so far is on disk; reject if a write holding one of them failed. */
  async flush(): Promise<void> {
    for (;;) {
      if (this.pending) await this.pending.promise;
      else if (this.writing) await this.writing.promise;
      else return;
    }
  }

  private startNext(): void {
    const batch = this.pending;
    if (!batch || this.inflight) return;
    this.pending = null;
    this.writing = batch;
    let started: Promise<void>;
    try {
      started = this.write();
    } catch (error) {
      started = Promise.reject(error);
    }
    this.inflight = started.then(
      () => {
        this.error = null;
        batch.resolve();
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error.message : String(error);
        this.onFailed(error);
        // Changes made after this batch's boundary were built on the changes that failed, and the
        // owner has just dropped them all: they fail with the same error.
        const after = this.pending;
        this.pending = null;
        batch.reject(error);
        after?.reject(error);
      },
    );
    void this.inflight.then(() => {
      this.inflight = null;
      this.writing = null;
      this.startNext();
    });
  }
}
