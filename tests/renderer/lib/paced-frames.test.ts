import { describe, expect, it } from 'vitest';
import { pacedFrames } from '../../../renderer/src/lib/paced-frames';

/** A fake clock with timers and frames run by hand. */
function harness(minGapMs: number) {
  let clock = 1_000;
  const timers: { at: number; run: () => void }[] = [];
  const frames: (() => void)[] = [];
  const schedule = pacedFrames(
    (cb) => frames.push(cb),
    minGapMs,
    () => clock,
    (cb, ms) => timers.push({ at: clock + ms, run: cb }),
  );
  return {
    schedule,
    frames,
    timers,
    advance(ms: number) {
      clock += ms;
      for (const t of timers.filter((x) => x.at <= clock)) {
        timers.splice(timers.indexOf(t), 1);
        t.run();
      }
    },
    paint() {
      for (const f of frames.splice(0)) f();
    },
  };
}

describe('pacedFrames', () => {
  it('asks for the next frame at once when nothing ran lately', () => {
    const h = harness(100);
    const ran: number[] = [];
    h.schedule(() => ran.push(1));
    expect(h.frames).toHaveLength(1);
    h.paint();
    expect(ran).toEqual([1]);
  });

  it('spaces batches by the gap: the next one waits for the rest of it, then for a frame', () => {
    const h = harness(100);
    const ran: string[] = [];
    h.schedule(() => ran.push('first'));
    h.paint();
    h.advance(30);
    h.schedule(() => ran.push('second'));
    expect(h.frames).toHaveLength(0);
    h.advance(69);
    expect(h.frames).toHaveLength(0);
    h.advance(1);
    expect(h.frames).toHaveLength(1);
    h.paint();
    expect(ran).toEqual(['first', 'second']);
  });

  it('measures the gap from when a batch ran, not from when it was asked for', () => {
    const h = harness(100);
    h.schedule(() => undefined);
    h.advance(500); // the frame came late (a hidden window)
    h.paint();
    h.advance(50);
    h.schedule(() => undefined);
    expect(h.frames).toHaveLength(0);
    h.advance(50);
    expect(h.frames).toHaveLength(1);
  });
});
