/**
 * What every service is built from. The composition root (create-core.ts) makes one context and
 * hands it to each service, so tests can swap the store, the clock or the id source.
 */
import type { DispatchDocument } from '../../../shared/schemas/document';
import type { Clock, EventBus, Logger } from '../ports';
import type { Store } from '../store/types';

/** Who made a change, as written in job history: `dispatcher`, `intake:<source>`, `system`… */
export type Actor = string;

/** Changes made from the console. */
export const DISPATCHER: Actor = 'dispatcher';

/** In-memory count of committed changes; every push event and list carries it. */
export type RevisionCounter = {
  current(): number;
  /** Count one more commit and return the new value. */
  next(): number;
};

export function createRevisionCounter(start = 0): RevisionCounter {
  let value = start;
  return { current: () => value, next: () => (value += 1) };
}

export type ServiceContext = {
  store: Store<DispatchDocument>;
  events: EventBus;
  clock: Clock;
  log: Logger;
  /** Id for a new record (a UUID in production). */
  newId(): string;
  revision: RevisionCounter;
  /**
   * Who changes made from this console are written as (`deskActor`: "Sam at desk 2"); default
   * `DISPATCHER`. Several desks on one shared database each name themselves.
   */
  dispatcher?: Actor;
};

/** The actor for changes made from this console. */
export function consoleActor(ctx: Pick<ServiceContext, 'dispatcher'>): Actor {
  return ctx.dispatcher ?? DISPATCHER;
}
