/**
 * Intake requests that arrive together are created in one store mutation. Each mutation costs a
 * pass over the whole job list (the draft's copy of the array, its patches for the journal, its
 * freeze), so a burst of fifty requests made fifty such passes; one per turn of the event loop
 * keeps a burst's cost near that of its jobs alone. Each request still gets its own outcome: one
 * refused (unknown site, rate limit, another client's reference) changes nothing and fails alone,
 * and every answer waits for the durable write that holds the batch.
 */
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';

/** One request's work inside the batch's mutation: a new job to add, or an existing one to return. */
export type IntakeStep = (view: DispatchDocument, createdByRef: ReadonlyMap<string, Job>) => { job: Job; created: boolean; nextJobNumber?: number };

const ALL_REFUSED = Symbol('every request in the batch was refused');

type Queued = { step: IntakeStep; ref: string | null; resolve: (outcome: { job: Job; created: boolean }) => void; reject: (error: unknown) => void };

/**
 * Collects steps until the next turn, then runs them all through `apply` (one mutation). `apply`
 * gets a function to call with the draft and base inside its mutation, and resolves once durable.
 */
export function createIntakeBatcher(apply: (run: (doc: DispatchDocument, base: DispatchDocument) => Job[]) => Promise<Job[]>) {
  let queue: Queued[] = [];

  async function drain(): Promise<void> {
    const batch = queue;
    queue = [];
    const outcomes: ({ ok: true; job: Job; created: boolean } | { ok: false; error: unknown })[] = [];
    try {
      await apply((doc, base) => {
        outcomes.length = 0;
        const created: Job[] = [];
        const byRef = new Map<string, Job>();
        let nextJobNumber = base.nextJobNumber;
        for (const item of batch) {
          // The base with the counter moved past the jobs this batch already made (their numbers are
          // all below it); their references are in `byRef`. Its job list stays the base's own, so
          // look-ups over it are indexed once for the whole batch.
          const view = created.length === 0 ? base : { ...base, nextJobNumber };
          try {
            const result = item.step(view, byRef);
            if (result.created) {
              created.push(result.job);
              if (item.ref !== null) byRef.set(item.ref, result.job);
              nextJobNumber = result.nextJobNumber ?? nextJobNumber;
            }
            outcomes.push({ ok: true, job: result.job, created: result.created });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
        // Every request refused: no write at all, as for a single refused request.
        if (outcomes.every((o) => !o.ok)) throw ALL_REFUSED;
        if (created.length > 0) {
          doc.jobs.push(...created);
          doc.nextJobNumber = nextJobNumber;
        }
        return created;
      });
    } catch (error) {
      // Unless every request was refused on its own, the write failed: nothing of the batch is on disk.
      if (error !== ALL_REFUSED) for (const item of batch) item.reject(error);
      else batch.forEach((item, i) => item.reject((outcomes[i] as { error: unknown }).error));
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve({ job: outcome.job, created: outcome.created });
      else item.reject(outcome.error);
    });
  }

  return {
    submit(step: IntakeStep, ref: string | null): Promise<{ job: Job; created: boolean }> {
      return new Promise((resolve, reject) => {
        queue.push({ step, ref, resolve, reject });
        if (queue.length === 1) setImmediate(() => void drain());
      });
    },
  };
}
