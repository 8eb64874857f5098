/**
 * The queue's selected job (the keyboard path). Shared with the job commands through
 * the selected-job store, so `A` and Enter act on it; and when the selected job leaves the queue
 * (it was just assigned), the selection moves to the job that took its place, so the dispatcher
 * can press `A` again for the next one without reaching for the mouse.
 */
import { useEffect, useState } from 'react';
import { setSelectedJob } from '../jobs/selected-job';

export function useQueueSelection(all: readonly { id: string }[], shown: readonly { id: string }[]): [string | null, (id: string) => void] {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [lastIndex, setLastIndex] = useState(0);

  const index = selectedId === null ? -1 : shown.findIndex((r) => r.id === selectedId);
  // Adjusting state while rendering (React's pattern for state derived from changing props).
  if (index >= 0 && index !== lastIndex) setLastIndex(index);
  if (selectedId !== null && index < 0 && !all.some((r) => r.id === selectedId)) {
    const next = shown[Math.min(lastIndex, shown.length - 1)];
    setSelectedId(next?.id ?? null);
  }

  useEffect(() => {
    setSelectedJob(selectedId);
    return () => setSelectedJob(null);
  }, [selectedId]);

  return [selectedId, setSelectedId];
}
