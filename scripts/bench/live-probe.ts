/// <reference lib="dom" />
/**
 * What the live-loop benchmark runs inside each page. Only the DOM and the page's own clock are
 * read, never the renderer's modules or state: the probe must measure any design of the renderer
 * (a refetch per change or applied deltas, one store or several) the same way.
 */

export type ProbeWindow = {
  __live: {
    /** [epoch ms, queue total shown] each time the queue's count changes, at the frame that shows it. */
    counts: [number, number][];
    /** The board event being watched for a move: its job id and left edge before the move. */
    watch: { id: string; left: number } | null;
    /** Epoch ms of the first frame that showed the watched event moved and no longer saving. */
    movedAt: number | null;
    /** Epoch ms of every `schedule:move` answer this page received. */
    moveAnswers: number[];
    scheduled: boolean;
  };
};

/**
 * Installed before the app loads. After any DOM change, the next animation frame reads the queue
 * count and the watched event's position: a change counts as drawn in the frame after the DOM
 * holds it, which is when the browser paints it. Times are epoch ms (timeOrigin + now), which the
 * benchmark converts to its own clock.
 */
export function installLiveProbe(): void {
  const w = window as unknown as ProbeWindow;
  const epoch = () => performance.timeOrigin + performance.now();
  w.__live = { counts: [], watch: null, movedAt: null, moveAnswers: [], scheduled: false };
  const live = w.__live;
  const read = () => {
    live.scheduled = false;
    const t = epoch();
    // "1,234" or "12 of 1,234": the total is the last number.
    const text = document.querySelector('.panel__count')?.textContent ?? '';
    const total = Number((text.split(' of ').pop() ?? '').replace(/[^0-9]/g, ''));
    const last = live.counts[live.counts.length - 1];
    if (text !== '' && (!last || last[1] !== total)) live.counts.push([t, total]);
    const watch = live.watch;
    if (watch && live.movedAt === null) {
      const el = document.querySelector<HTMLElement>(`.fc-event[data-job-id="${CSS.escape(watch.id)}"]:not(.fc-event-mirror)`);
      if (el && Math.abs(el.getBoundingClientRect().left - watch.left) > 2 && !el.classList.contains('is-pending')) live.movedAt = t;
    }
  };
  const observer = new MutationObserver(() => {
    if (live.scheduled) return;
    live.scheduled = true;
    requestAnimationFrame(read);
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'class'] });
  // The page's own `schedule:move` calls: when the host's answer reached the page (its commit).
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    if (typeof init?.body === 'string' && init.body.includes('"schedule:move"')) live.moveAnswers.push(epoch());
    return response;
  };
}
