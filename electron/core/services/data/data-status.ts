import type { DataStatus } from '../../../../shared/ipc/outputs';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { ServiceContext } from '../context';

/** No clients, technicians or jobs: the console offers the sample shop. */
export function isEmptyDocument(doc: DispatchDocument): boolean {
  return doc.clients.length === 0 && doc.technicians.length === 0 && doc.jobs.length === 0;
}

/** The store's health plus what the first screen needs to decide on the sample offer. */
export function dataStatus(ctx: Pick<ServiceContext, 'store' | 'revision'>): DataStatus {
  const doc = ctx.store.read();
  return {
    ...ctx.store.status(),
    empty: isEmptyDocument(doc),
    sampleOffered: doc.settings.sampleOffered,
    revision: ctx.revision.current(),
  };
}
