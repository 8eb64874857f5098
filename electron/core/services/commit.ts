/**
 * The one way services write: a single `store.mutate` per call, then (only once the write is on
 * disk) a new revision and the push event that tells every open view to refetch.
 */
import type { DispatchDocument } from '../../../shared/schemas/document';
import type { ServiceContext } from './context';
import { dataStatus } from './data-status';

/**
 * Apply `change` to the document and announce it after the durable write.
 *
 * `change` runs synchronously against the current document, so it must look records up again and
 * re-check what it depends on (another call may have changed them since the caller last read), and
 * throw an `AppError` before touching anything.
 *
 * If the change was applied but the write failed, the document in memory is ahead of the file (the
 * store retries on the next write); views are told with `data:reset`, whose status carries the
 * write error, and the caller gets the error.
 */
export async function commit<R>(
  ctx: ServiceContext,
  change: (doc: DispatchDocument) => R,
  announce: (result: R, revision: number) => void,
): Promise<R> {
  let applied = false;
  let result: R;
  try {
    result = await ctx.store.mutate((doc) => {
      const value = change(doc);
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
