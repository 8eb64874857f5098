import { describe, expect, it, vi } from 'vitest';
import { createLayoutHold } from '../../../renderer/src/lib/layout-hold';
import { createRemeasurer } from '../../../renderer/src/features/board/use-calendar-remeasure';

describe('createLayoutHold', () => {
  it('tells its listeners at once, and only on a change', () => {
    const hold = createLayoutHold();
    const heard: boolean[] = [];
    const stop = hold.subscribe((held) => heard.push(held));
    hold.hold();
    hold.hold();
    expect(hold.held()).toBe(true);
    hold.release();
    stop();
    hold.hold();
    expect(heard).toEqual([true, false]);
  });
});

/** Fake timers, and animation frames (Node has none) as 16 ms timers on them. */
function useFrames() {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
}

describe('createRemeasurer', () => {
  it('re-measures on the next frame and once more after the scroll grid would accept it again', () => {
    useFrames();
    const measure = vi.fn();
    const r = createRemeasurer(measure, createLayoutHold());
    r.request();
    r.request();
    vi.advanceTimersByTime(16);
    expect(measure).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(501);
    expect(measure).toHaveBeenCalledTimes(2);
    r.dispose();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('never re-measures while the layout is held; what was asked for runs on release', () => {
    useFrames();
    const hold = createLayoutHold();
    const measure = vi.fn();
    const r = createRemeasurer(measure, hold);
    hold.hold();
    r.request();
    vi.advanceTimersByTime(1000);
    expect(measure).not.toHaveBeenCalled();
    hold.release();
    vi.advanceTimersByTime(16);
    expect(measure).toHaveBeenCalledTimes(1);
    r.dispose();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
});
