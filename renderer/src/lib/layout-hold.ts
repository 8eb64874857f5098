/**
 * "Hold the layout": while a pointer is pressed on the board or the queue (a drag, a resize, or a
 * press that may become one), nothing above or beside the board may move. FullCalendar measures
 * where the board and its rows are when the pointer goes down and hit-tests the whole drag against
 * those numbers, so a banner that pushes the board down mid-drag makes the drop land on another
 * row. Regions that could move the board pin their size while held (see `usePinnedHeight`), the
 * board defers its re-measuring, and whatever changed is laid out once the pointer is released.
 *
 * The hold starts on `pointerdown` (when FullCalendar takes its measurements, before a drag even
 * starts) and ends after the pointer is released, once FullCalendar has handled the drop.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';

type Listener = (held: boolean) => void;

export function createLayoutHold() {
  let held = false;
  const listeners = new Set<Listener>();
  const set = (next: boolean) => {
    if (held === next) return;
    held = next;
    for (const l of [...listeners]) l(held);
  };
  return {
    held: () => held,
    hold: () => set(true),
    release: () => set(false),
    /** Called synchronously on every change, before any re-render: listeners may measure the page. */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LayoutHold = ReturnType<typeof createLayoutHold>;

/** The window's one hold. */
export const layoutHold = createLayoutHold();

export function useLayoutHeld(hold: LayoutHold = layoutHold): boolean {
  return useSyncExternalStore(hold.subscribe, hold.held);
}

/**
 * Hold the layout while a pointer is pressed inside `ref`'s element. Released after the pointer
 * comes up (or the press is cancelled), one task later: FullCalendar handles the drop on the
 * document's `mouseup`, and that must still see the layout the drag was measured in.
 */
export function useHoldWhilePressed(ref: RefObject<HTMLElement | null>, hold: LayoutHold = layoutHold): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const release = () => {
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
      timer = setTimeout(hold.release, 0);
    };
    const press = (e: PointerEvent) => {
      if (e.button !== 0) return;
      clearTimeout(timer);
      hold.hold();
      window.addEventListener('pointerup', release, true);
      window.addEventListener('pointercancel', release, true);
    };
    el.addEventListener('pointerdown', press, true);
    return () => {
      el.removeEventListener('pointerdown', press, true);
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
      clearTimeout(timer);
      hold.release();
    };
  }, [ref, hold]);
}

/**
 * Pin the element's height while the layout is held, so content that appears, grows or goes away
 * inside it cannot move what follows; released, it takes its natural height again. The height is
 * read in the hold's own callback, before React renders anything new.
 */
export function usePinnedHeight(ref: RefObject<HTMLElement | null>, hold: LayoutHold = layoutHold): void {
  useEffect(
    () =>
      hold.subscribe((held) => {
        const el = ref.current;
        if (!el) return;
        el.style.height = held ? `${el.getBoundingClientRect().height}px` : '';
        el.classList.toggle('is-held', held);
      }),
    [ref, hold],
  );
}
