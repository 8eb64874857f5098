/**
 * The one way services write: a single `store.mutate` per call, then (only once the write is on
 * disk) a new revision and the push event that tells every open view to refetch. Nothing is
 * announced before the change is durable, and `store.read()` shows it only from then on.
 */
import type { DispatchDocument } from '../../../shared/schemas/document';
import type { ServiceContext } from './context';
import { dataStatus } from './data/data-status';

/**
 * Apply `change` to the document and announce it after the durable write.
 *
 * `change` runs synchronously against a draft of the latest document (every earlier change, written
 * or not), so it must look records up again and re-check what it depends on (another call may have
 * changed them since the caller last read); it throws an `AppError` to refuse, and then nothing of it
 * is kept. `base` is the same document before the change, frozen: look records up there (a search
 * through the draft wraps every record it visits) and write only what changes through `doc`.
 *
 * If the write failed, the store has rolled memory back to what is on disk (this change and every
 * change made after that write began are gone, and their callers get the error too); views are told
 * with `data:reset`, whose status carries the write error, so they refetch the durable state.
 */
export async function commit<R>(
  ctx: ServiceContext,
  change: (doc: DispatchDocument, base: DispatchDocument) => R,
  announce: (result: R, revision: number) => void,
): Promise<R> {
  let applied = false;
  let result: R;
  try {
    result = await ctx.store.mutate((doc, base) => {
      // A shared store runs the change again on fresh state when another desk committed first;
      // only the last run counts: if it refused, that is the answer, not a failed write.
      applied = false;
      const value = change(doc, base);
      applied = true;
      return value;
    });
  } catch (error) {
    if (applied) {
      ctx.log.error('A change could not be saved', error);
      ctx.events.publish('data:reset', { ...dataStatus(ctx), revision: ctx.revision.next() });
    }
    throw error;
  }
  announce(result, ctx.revision.next());
  return result;
}
