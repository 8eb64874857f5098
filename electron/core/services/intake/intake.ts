/**
 * Jobs that arrive from outside the console (the intake API): resolve the client, site and contact
 * the caller named, de-duplicate by `externalRef`, and create the job as `intake:<source>`.
 *
 * The duplicate check runs inside the store's mutation, which applies changes one at a time: fifty
 * simultaneous posts with the same reference create exactly one job, and the other forty-nine get
 * that job back — each only once the job is on disk.
 */
import type { Client, Contact, Site } from '../../../../shared/schemas/client';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';
import type { Settings } from '../../../../shared/schemas/settings';
import { AppError } from '../../../../shared/ipc/result';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { publishJobs } from '../jobs/job-deltas';
import type { IntakeJob } from './intake-schema';
import { generateIntakeToken } from './intake-token';
import { createIntakeBatcher } from './intake-batch';
import { indexJobs } from '../jobs/job-index';
import { buildJob } from '../jobs/job-records';

/** A `receivedAt` further ahead than this is a caller's clock or time zone bug, not a real call. */
const MAX_FUTURE_MS = 5 * 60_000;
/**
 * A `receivedAt` further back than this is refused: a bridge replaying its queue after a weekend
 * fits, while a default or garbage date (year 0001) would put the job at the top of every urgent
 * list as overdue by a million hours.
 */
export const MAX_PAST_DAYS = 7;
const MAX_PAST_MS = MAX_PAST_DAYS * 24 * 3600_000;

/** `receivedAt` outside [now − 7 days, now + 5 minutes]: BAD_INPUT naming the field. */
function checkReceivedAt(receivedAt: string | undefined, now: Date): void {
  if (!receivedAt) return;
  const at = Date.parse(receivedAt);
  const problem =
    at > now.getTime() + MAX_FUTURE_MS
      ? { message: 'is in the future', hint: 'receivedAt is in the future; send the time the call came in, with its offset.' }
      : at < now.getTime() - MAX_PAST_MS
        ? { message: `is more than ${MAX_PAST_DAYS} days ago`, hint: `receivedAt is more than ${MAX_PAST_DAYS} days ago; send the time the call came in, or leave it out to use now.` }
        : null;
  if (problem) throw new AppError('BAD_INPUT', problem.hint, { issues: [{ path: 'receivedAt', message: problem.message }] });
}

/**
 * The stored job with the caller's `externalRef` belongs to another client than the request
 * names. Nothing about that job is revealed (not even its number): with one intake token shared
 * by every caller, a guessed reference must not open another client's data.
 */
function refTakenByAnotherClient(): AppError {
  return new AppError(
    'CONFLICT',
    'This externalRef is already used by a job of another client. Send a reference unique to your system (for example, prefix it with the client).',
    { issues: [{ path: 'externalRef', message: 'already used for another client' }] },
  );
}

/** The caller's retry of a job it created: the same client, or CONFLICT. */
function sameClient(existing: Job, clientId: string): Job {
  if (existing.clientId !== clientId) throw refTakenByAnotherClient();
  return existing;
}

/** A new job would exceed the caller's creation allowance (the HTTP route answers 429). */
export class IntakeLimitError extends AppError {
  constructor() {
    super('FORBIDDEN', 'Too many new jobs from this intake token right now.');
  }
}

/** The job and whether this request created it (false: an earlier request with the same reference did). */
export type IntakeOutcome = { job: Job; created: boolean };

/** A named record the caller referred to does not exist (HTTP 422); `issues[0].path` names the field. */
function unknownRecord(field: 'client' | 'site' | 'contact', message: string): AppError {
  return new AppError('NOT_FOUND', message, { issues: [{ path: field, message }] });
}

const fold = (s: string) => s.trim().toLocaleLowerCase('en');

/** By id first (exact), then by name ignoring case and surrounding spaces; ambiguous names are refused. */
function pick<T extends { id: string; name: string }>(list: readonly T[], ref: string, field: 'client' | 'site' | 'contact', within: string): T {
  const byId = list.find((r) => r.id === ref);
  if (byId) return byId;
  const key = fold(ref);
  const named = list.filter((r) => fold(r.name) === key);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw unknownRecord(field, `${named.length} ${field}s${within} are named "${ref}"; send the ${field}'s id instead.`);
  }
  throw unknownRecord(field, `There is no ${field}${within} with the id or name "${ref}".`);
}

const clientOf = (doc: DispatchDocument, input: IntakeJob): Client => pick(doc.clients, input.client, 'client', '');

/** Resolve the names in the request to the ids `buildJob` takes. */
function resolveRefs(doc: DispatchDocument, input: IntakeJob): { client: Client; site: Site | null; contact: Contact | null } {
  const client = clientOf(doc, input);
  const within = ` of ${client.name}`;
  const site = input.site ? pick(doc.sites.filter((s) => s.clientId === client.id), input.site, 'site', within) : null;
  const contact = input.contact ? pick(doc.contacts.filter((c) => c.clientId === client.id), input.contact, 'contact', within) : null;
  return { client, site, contact };
}

export type IntakeService = ReturnType<typeof createIntakeService>;

export function createIntakeService(ctx: ServiceContext, generateToken: () => string = generateIntakeToken) {
  // Jobs created by one group commit are announced as one `jobs:changed` (on the next turn of the
  // event loop, once every call in the batch has its answer): a burst of 1,000 calls then makes a
  // few dozen refetches in each open console instead of a thousand.
  let announcing: string[] = [];
  let latest = 0;
  const announce = (id: string, revision: number) => {
    announcing.push(id);
    latest = Math.max(latest, revision);
    if (announcing.length > 1) return;
    setImmediate(() => {
      const ids = announcing;
      announcing = [];
      publishJobs(ctx, latest, ids);
    });
  };

  const batcher = createIntakeBatcher((run) =>
    commit(ctx, run, (created, revision) => {
      for (const job of created) announce(job.id, revision);
    }),
  );

  return {
    /**
     * Replace the intake token (the old one stops working at once: a running intake server reads
     * the current token on every request). Works whether or not intake is enabled.
     */
    regenerateToken(): Promise<Settings> {
      return commit(
        ctx,
        (doc) => {
          doc.settings = { ...doc.settings, intake: { ...doc.settings.intake, token: generateToken() } };
          return doc.settings;
        },
        (_, revision) => ctx.events.publish('settings:changed', { revision }),
      );
    },

    /**
     * Create the job described by a parsed intake request, or return the job an earlier request
     * with the same `externalRef` created. Resolves only once the new job is on disk.
     * NOT_FOUND (with `issues[0].path` = client/site/contact) for a name that matches nothing,
     * BAD_INPUT for a `receivedAt` in the future or more than 7 days ago, CONFLICT when the
     * `externalRef` belongs to a job of another client. `admit` is asked right before a new job
     * is created (never for a retry that finds its job); false throws `IntakeLimitError`.
     */
    async submit(input: IntakeJob, source = 'api', admit: () => boolean = () => true): Promise<IntakeOutcome> {
      const now = ctx.clock.now();
      checkReceivedAt(input.receivedAt, now);
      const ref = input.externalRef ?? null;
      // The client first, before looking at any job: an unknown name must not learn whether a
      // reference exists, and a retry for another client must not see its job.
      const requested = clientOf(ctx.store.read(), input).id;
      // Fast path for retries: no write, no event. `read()` is what is on disk, so "already exists"
      // is never said of a job whose write is still running or has failed (a duplicate of such a
      // job is found inside the mutation below and answered once that write holds it).
      const known = ref === null ? undefined : indexJobs(ctx.store.read().jobs).byRef.get(ref);
      if (known) return { job: sameClient(known, requested), created: false };
      // Refuse an unknown site or contact before queueing behind other writes (checked again inside).
      resolveRefs(ctx.store.read(), input);

      const id = ctx.newId();
      const meta = { at: now, by: `intake:${source}` };
      return batcher.submit((base, createdByRef) => {
        // Checked again here, inside the one-at-a-time mutation: this is what makes it race-free.
        // The answer waits for the write that holds this state, and fails if that write fails.
        const existing = ref === null ? undefined : (createdByRef.get(ref) ?? indexJobs(base.jobs).byRef.get(ref));
        if (existing) return { job: sameClient(existing, clientOf(base, input).id), created: false };
        const { client, site, contact } = resolveRefs(base, input);
        if (!admit()) throw new IntakeLimitError();
        const built = buildJob(
          base,
          {
            clientId: client.id,
            siteId: site?.id ?? null,
            contactId: contact?.id ?? null,
            title: input.title,
            description: input.description,
            category: input.category,
            requiredSkills: input.requiredSkills,
            priority: input.priority,
            estimateMinutes: input.estimateMinutes,
            externalRef: ref,
            notes: input.notes,
            ...(input.receivedAt ? { receivedAt: input.receivedAt } : {}),
          },
          id,
          meta,
        );
        return { job: built.job, created: true, nextJobNumber: built.nextJobNumber };
      }, ref);
    },
  };
}
