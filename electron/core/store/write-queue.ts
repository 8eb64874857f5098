/**
 * Group commit for a single in-memory document.
 *
 * At most one write is in flight. Every `schedule()` joins the *next* write: the first one after an
 * idle period starts a write on the next microtask (so a synchronous burst shares it); calls made
 * while a write is in flight share the one write that starts when it ends. Each write serializes
 * the whole current document once, so N mutations in a batch cost one serialization and one fsync.
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
  /** Changes requested so far, and how many of them the last good write covered. */
  private requested = 0;
  private written = 0;
  private error: string | null = null;

  /**
   * @param write Writes the whole current document. It must take its snapshot synchronously when
   *   called (before its first await): that moment is the batch boundary.
   */
  constructor(private readonly write: () => Promise<void>) {}

  /** Message of the last failed write, cleared by the next good one. */
  get lastError(): string | null {
    return this.error;
  }

  /** True while some change has not yet been written successfully. */
  get dirty(): boolean {
    return this.written < this.requested;
  }

  /** Ask for a write that includes everything changed so far; resolves once it is on disk. */
  schedule(): Promise<void> {
    this.requested += 1;
    if (!this.pending) {
      this.pending = newBatch();
      if (!this.inflight) queueMicrotask(() => this.startNext());
    }
    return this.pending.promise;
  }

  /**
   * Resolve once every change requested so far is on disk. After a failed write with nothing new
   * queued, this retries (the document in memory is still ahead of the file); it rejects if that fails.
   */
  async flush(): Promise<void> {
    for (;;) {
      if (this.pending) await this.pending.promise;
      else if (this.inflight) await this.inflight;
      else if (this.dirty) await this.schedule();
      else return;
    }
  }

  private startNext(): void {
    const batch = this.pending;
    if (!batch || this.inflight) return;
    this.pending = null;
    const covers = this.requested;
    let started: Promise<void>;
    try {
      started = this.write();
    } catch (error) {
      started = Promise.reject(error);
    }
    this.inflight = started.then(
      () => {
        this.written = Math.max(this.written, covers);
        this.error = null;
        batch.resolve();
      },
      (error: unknown) => {
        // The whole batch failed; the next write retries with the full document.
        this.error = error instanceof Error ? error.message : String(error);
        batch.reject(error);
      },
    );
    void this.inflight.then(() => {
      this.inflight = null;
      this.startNext();
    });
  }
}
