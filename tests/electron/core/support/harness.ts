/**
 * Builds the core's services on an in-memory store with a fixed clock, sequential ids and a
 * recording event bus, and calls them through the real `dispatch` (parse → handler → Result).
 */
import type { Channel, Input, Output } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import type { AppErrorData, Result } from '../../../../shared/ipc/result';
import { emptyDocument, validateDocument } from '../../../../shared/schemas/document';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { createHandlers } from '../../../../electron/core/handlers';
import { createEventBus } from '../../../../electron/core/ports';
import type { Logger } from '../../../../electron/core/ports';
import { createRevisionCounter } from '../../../../electron/core/services/context';
import type { ServiceContext } from '../../../../electron/core/services/context';
import { createServices } from '../../../../electron/core/services/index';
import type { ServicesOptions } from '../../../../electron/core/services/index';
import { makeContract, makeTechnician } from '../../../support/factories';
import { MemoryStore } from './memory-store';
import type { Store } from '../../../../electron/core/store/types';

export type Recorded = { name: EventName; payload: EventMap[EventName]; commitsAtPublish: number };

export const quietLog: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Wednesday 25 November 2026, 10:00 in London (UTC in winter). */
export const NOW = '2026-11-25T10:00:00.000Z';

/** A small shop: two clients with a site and a contact each, two active technicians and one inactive. */
export function fixtureDocument(timeZone = 'Europe/London'): DispatchDocument {
  const doc = emptyDocument(timeZone);
  doc.settings.sampleOffered = true;
  doc.clients = [
    { id: 'c1', name: 'Harbour Dental Practice', contract: makeContract({ type: 'managed', hourlyRateMinor: 9500, includedCategories: ['hardware', 'software', 'network', 'printer', 'security', 'other'] }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' },
    { id: 'c2', name: 'Whitfield & Crane Solicitors', contract: makeContract({ type: 'block-hours', hourlyRateMinor: 11000 }), blockTopUps: [], slaTier: 'priority', environmentNotes: '' },
  ];
  doc.sites = [
    { id: 's1', clientId: 'c1', name: 'Main surgery', address: '14 Quay Street', zone: 'Central', accessNotes: 'Key at reception' },
    { id: 's2', clientId: 'c2', name: 'Head office', address: '41 Chancery Lane', zone: 'North', accessNotes: '' },
  ];
  doc.contacts = [
    { id: 'p1', clientId: 'c1', name: 'Megan Doyle', phone: '01632 960102', email: 'megan@harbourdental.example' },
    { id: 'p2', clientId: 'c2', name: 'Tom Baxter', phone: '', email: '' },
  ];
  const hours = [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:30' }];
  doc.technicians = [
    makeTechnician({ id: 't1', name: 'Alex Chen', skills: ['networking', 'windows'], zone: 'North', colour: '#1f5f9e', workingHours: hours, dailyCapacityHours: 8 }),
    makeTechnician({ id: 't2', name: 'Sam Okoro', skills: ['printers', 'windows'], zone: 'Central', colour: '#b71c1c', workingHours: hours, dailyCapacityHours: 8 }),
    makeTechnician({ id: 't3', name: 'Zoe Inactive', skills: [], zone: 'Central', colour: '#2e7d32', workingHours: hours, dailyCapacityHours: 8, active: false }),
  ];
  return doc;
}

export type HarnessOptions = {
  doc?: DispatchDocument;
  now?: string;
  log?: Logger;
  services?: Omit<ServicesOptions, 'app'>;
  /** Prefix of new ids, so two harnesses on one shared store never hand out the same id. Default `new`. */
  idPrefix?: string;
  /** Who console changes are written as (a desk on a shared database); default `dispatcher`. */
  dispatcher?: string;
};

export function createHarness(opts: HarnessOptions = {}) {
  return harnessOn(new MemoryStore<DispatchDocument>(opts.doc ?? fixtureDocument(), validateDocument), opts);
}

/** The harness on a given store (the store contract suite runs the services on real stores). */
export function harnessOn<S extends Store<DispatchDocument>>(store: S & { commits?: number }, opts: Omit<HarnessOptions, 'doc'> = {}) {
  const commits = () => store.commits ?? 0;
  const events: Recorded[] = [];
  const bus = createEventBus(quietLog);
  bus.subscribe((name, payload) => events.push({ name, payload, commitsAtPublish: commits() }));
  let now = new Date(opts.now ?? NOW);
  let ids = 0;
  const ctx: ServiceContext = {
    store,
    events: bus,
    clock: { now: () => new Date(now) },
    log: opts.log ?? quietLog,
    newId: () => `${opts.idPrefix ?? 'new'}-${++ids}`,
    revision: createRevisionCounter(),
    ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}),
  };
  const services = createServices(ctx, { app: { version: '0.0.0-test', host: 'headless', dataDir: '/memory' }, ...opts.services });
  const handlers = createHandlers(services);

  async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
    return (await dispatch(handlers, channel, input)) as Result<Output<C>>;
  }
  /** The value of a call that must succeed (fails the test with the error otherwise). */
  async function value<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  /** The error of a call that must fail. */
  async function error<C extends Channel>(channel: C, input: Input<C>): Promise<AppErrorData> {
    const result = await call(channel, input);
    if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
    return result.error;
  }
  /**
   * Run `action` and assert it touched nothing: same document, no write, no event. Used for refused
   * calls (returns their error) and for calls that must be no-ops.
   */
  async function unchanged<T>(action: () => Promise<T>): Promise<T> {
    const before = structuredClone(store.read());
    const committed = commits();
    const count = events.length;
    const err = await action();
    if (JSON.stringify(store.read()) !== JSON.stringify(before)) throw new Error('the document changed');
    if (commits() !== committed) throw new Error('something was written');
    if (events.length !== count) throw new Error('an event was published');
    return err;
  }

  return {
    store,
    events,
    ctx,
    services,
    handlers,
    call,
    value,
    error,
    refused: unchanged,
    unchanged,
    setNow: (iso: string) => (now = new Date(iso)),
    doc: () => store.read(),
  };
}

export type Harness = ReturnType<typeof createHarness>;

/** A minimal valid `jobs:create` input for client c1. */
export function jobInput(overrides: Partial<Input<'jobs:create'>> = {}): Input<'jobs:create'> {
  return {
    clientId: 'c1',
    siteId: 's1',
    contactId: 'p1',
    title: 'Reception PC will not boot',
    category: 'hardware',
    priority: 'P3',
    estimateMinutes: 90,
    requiredSkills: ['windows'],
    ...overrides,
  };
}
