/**
 * A request from outside the queue to show exactly some jobs in it: the urgent banner's "and N
 * more" and its acknowledged counter. The queue turns the request into a clearable filter chip
 * that names what it shows, and scrolls its list back to the top.
 */
export type QueueFocus = { ids: ReadonlySet<string>; label: string; seq: number };

let current: QueueFocus | null = null;
let seq = 0;
const listeners = new Set<() => void>();

export const queueFocus = {
  get: (): QueueFocus | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Show exactly `ids` in the queue, under a chip saying `label`. */
  show(ids: readonly string[], label: string): void {
    current = { ids: new Set(ids), label, seq: ++seq };
    for (const l of [...listeners]) l();
  },
  clear(): void {
    if (!current) return;
    current = null;
    for (const l of [...listeners]) l();
  },
};
