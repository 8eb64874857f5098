/**
 * Archive search as the dialog types: debounced, and only the answer to the latest query is shown
 * (a slow answer to "prin" must not replace the one for "printer"). State is set only when an
 * answer arrives; "searching" is derived from the answer being for another query.
 */
import { useEffect, useState } from 'react';
import type { ArchiveSearchResult } from '../../../../shared/ipc/outputs';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';

export type ArchiveSearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string; previous: ArchiveSearchResult | null }
  | { kind: 'done'; query: string; result: ArchiveSearchResult }
  | { kind: 'failed'; query: string; message: string };

type Answer = { query: string; result: ArchiveSearchResult } | { query: string; message: string };

const DEBOUNCE_MS = 200;
export const ARCHIVE_PAGE = 100;

export function useArchiveSearch(query: string): ArchiveSearchState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [lastGood, setLastGood] = useState<ArchiveSearchResult | null>(null);
  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void invoke('archive:search', { query: trimmed, limit: ARCHIVE_PAGE }).then((result) => {
        if (!current) return;
        if (result.ok) {
          setAnswer({ query: trimmed, result: result.value });
          setLastGood(result.value);
        } else setAnswer({ query: trimmed, message: describeError('Searching the archive', result.error) });
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed]);

  if (trimmed === '') return { kind: 'idle' };
  if (answer?.query !== trimmed) return { kind: 'searching', query: trimmed, previous: lastGood };
  return 'result' in answer ? { kind: 'done', query: trimmed, result: answer.result } : { kind: 'failed', query: trimmed, message: answer.message };
}
