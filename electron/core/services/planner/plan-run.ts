/**
 * Running a planner generator inside the core without holding the event loop: steps run in
 * slices of a few milliseconds, then the run waits for `setImmediate`, so IPC, pushes and writes
 * keep flowing while a large queue is planned. Progress is published at most every `PROGRESS_MS`.
 */
import type { EngineResult, EngineStep } from './engine';

/** Longest stretch of planning between two turns of the event loop. */
const SLICE_MS = 8;
/** Progress pushes at most this often (the board redraws ghosts on each). */
const PROGRESS_MS = 150;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const elapsed = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e6;

export type RunHooks = {
  cancelled: () => boolean;
  progress: (step: EngineStep) => void;
};

/** The engine's result, or null when cancelled between two steps. */
export async function runSliced(run: Generator<EngineStep, EngineResult, void>, hooks: RunHooks): Promise<EngineResult | null> {
  let slice = process.hrtime.bigint();
  let lastProgress = slice;
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
    if (elapsed(lastProgress) >= PROGRESS_MS) {
      hooks.progress(next.value);
      lastProgress = process.hrtime.bigint();
    }
    if (elapsed(slice) >= SLICE_MS) {
      await yieldToLoop();
      if (hooks.cancelled()) {
        run.return(undefined as never);
        return null;
      }
      slice = process.hrtime.bigint();
    }
  }
}
