/**
 * Frames for applying pushed changes, at most one per `minGapMs`. A lone change still shows on
 * the next frame; during an intake storm (dozens of jobs a second, each its own push) every window
 * would otherwise re-derive and redraw its queue and board once per job, and five windows on a
 * small machine then spend all their time redrawing and fall seconds behind. Spacing the batches
 * costs at most `minGapMs` of latency and keeps each window well below its CPU.
 */
export type FrameScheduler = (callback: () => void) => void;

export function pacedFrames(
  frame: FrameScheduler,
  minGapMs: number,
  now: () => number = () => performance.now(),
  wait: (callback: () => void, ms: number) => void = (callback, ms) => void setTimeout(callback, ms),
): FrameScheduler {
  let last = -Infinity;
  return (callback) => {
    const run = () => {
      last = now();
      callback();
    };
    const sinceLast = now() - last;
    if (sinceLast >= minGapMs) frame(run);
    else wait(() => frame(run), minGapMs - sinceLast);
  };
}
