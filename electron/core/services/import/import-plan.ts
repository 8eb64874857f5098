/**
 * Judge a batch of imported rows against the live document: read each row with the shared
 * drafts, resolve a job's client, site and contact by id or name, and skip rows that repeat an
 * earlier row or an existing record. Never touches the document; the import service runs this
 * once to answer `import:validate` and again inside the write for `import:commit`.
 */
import type { ClientDraft, DraftContext, JobDraft } from '../../../../shared/import/drafts';
import { clientDraft, jobDraft, technicianDraft } from '../../../../shared/import/drafts';
import { identityField, identityOf } from '../../../../shared/import/duplicates';
import type { ImportBatch, ImportIssue, ImportRowOutcome } from '../../../../shared/import/schemas';
import type { Client } from '../../../../shared/schemas/client';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { JobCreate, TechnicianInput } from '../../../../shared/schemas/inputs';

/** A row that passed, with what to create from it. */
export type ReadyRow<T> = { line: number; draft: T };

export type Plan<T> = { outcomes: ImportRowOutcome[]; ready: ReadyRow<T>[] };

/** A job row with its references resolved to ids. */
export type ResolvedJob = { input: JobCreate; client: Client; closed: boolean };

type Kind = ImportBatch['kind'];
type RowsOf<K extends Kind> = Extract<ImportBatch, { kind: K }>['rows'];
type AnyRow = { line: number; values: Partial<Record<string, string>> };

export type PlanFor = {
  jobs: Plan<ResolvedJob>;
  clients: Plan<ClientDraft>;
  technicians: Plan<TechnicianInput>;
};

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** A record by exact id, else by name; an issue when there is none or the name is ambiguous. */
function lookUp<T extends { id: string; name: string }>(
  ref: string,
  byId: ReadonlyMap<string, T>,
  byName: ReadonlyMap<string, T[]>,
  what: string,
  where: string,
): { found: T } | { message: string } {
  const exact = byId.get(ref.trim());
  if (exact) return { found: exact };
  const named = byName.get(nameKey(ref)) ?? [];
  if (named.length === 1 && named[0]) return { found: named[0] };
  if (named.length > 1) return { message: `${named.length} ${what}s${where} are named "${ref}"; use the ${what} id instead` };
  return { message: `no ${what} named "${ref}"${where}` };
}

/** Common shape: judge each row, or mark it a duplicate of an existing record or an earlier row. */
function planRows<T, R extends AnyRow>(
  kind: Kind,
  rows: readonly R[],
  existing: (identity: string) => string | null,
  judge: (row: R) => { draft: T; notices?: ImportIssue[] } | { issues: ImportIssue[] },
): Plan<T> {
  const plan: Plan<T> = { outcomes: [], ready: [] };
  const seen = new Map<string, number>();
  const field = identityField(kind);
  for (const row of rows) {
    const identity = identityOf(kind, row.values);
    if (identity !== null) {
      const already = existing(identity);
      const earlier = seen.get(identity);
      if (already !== null || earlier !== undefined) {
        const message = already ?? `same ${field} as row ${earlier}`;
        plan.outcomes.push({ line: row.line, status: 'duplicate', issues: [{ field, message }] });
        continue;
      }
      seen.set(identity, row.line);
    }
    const verdict = judge(row);
    if ('issues' in verdict) {
      plan.outcomes.push({ line: row.line, status: 'invalid', issues: verdict.issues });
    } else {
      plan.outcomes.push({ line: row.line, status: 'ready', issues: [], ...(verdict.notices ? { notices: verdict.notices } : {}) });
      plan.ready.push({ line: row.line, draft: verdict.draft });
    }
  }
  return plan;
}

function draftContext(doc: DispatchDocument, now: Date): DraftContext {
  return { timeZone: doc.settings.timeZone, now, slaPolicies: doc.slaPolicies };
}

function planJobs(doc: DispatchDocument, rows: RowsOf<'jobs'>, now: Date): Plan<ResolvedJob> {
  const refs = new Map(doc.jobs.flatMap((j) => (j.externalRef ? [[j.externalRef, j.number] as const] : [])));
  const clientsById = new Map(doc.clients.map((c) => [c.id, c]));
  const clientsByName = indexBy(doc.clients, (c) => nameKey(c.name));
  const sitesOf = indexBy(doc.sites, (s) => s.clientId);
  const contactsOf = indexBy(doc.contacts, (c) => c.clientId);
  const ctx = draftContext(doc, now);

  return planRows<ResolvedJob, RowsOf<'jobs'>[number]>(
    'jobs',
    rows,
    (ref) => {
      const number = refs.get(ref);
      return number ? `already imported as ${number}` : null;
    },
    (row) => {
      const drafted = jobDraft(row.values, ctx);
      const issues = drafted.ok ? [] : [...drafted.issues];
      const clientRef = (row.values.client ?? '').trim();
      if (clientRef === '') return { issues };
      const client = lookUp(clientRef, clientsById, clientsByName, 'client', '');
      if (!('found' in client)) return { issues: [{ field: 'client', message: `${client.message}; import clients first or fix the name` }, ...issues] };
      const found = client.found;
      const part = <P extends { id: string; name: string }>(list: P[], ref: string | null, what: string, field: string) => {
        if (ref === null) return null;
        const result = lookUp(ref, new Map(list.map((p) => [p.id, p])), indexBy(list, (p) => nameKey(p.name)), what, ` for ${found.name}`);
        if ('found' in result) return result.found.id;
        issues.push({ field, message: result.message });
        return null;
      };
      const sites = sitesOf.get(found.id) ?? [];
      const siteRef = (row.values.site ?? '').trim() || null;
      // A client with a single site: that is where the work is, as the job form assumes too.
      const siteId = siteRef === null ? (sites.length === 1 ? (sites[0]?.id ?? null) : null) : part(sites, siteRef, 'site', 'site');
      // A requester exported from another tool is rarely a contact here yet: keep the name where
      // the dispatcher reads first, the top of the description, instead of refusing the row.
      const contacts = contactsOf.get(found.id) ?? [];
      const contactRef = (row.values.contact ?? '').trim() || null;
      const contact = contactRef === null ? null : lookUp(contactRef, new Map(contacts.map((c) => [c.id, c])), indexBy(contacts, (c) => nameKey(c.name)), 'contact', ` for ${found.name}`);
      if (!drafted.ok || issues.length > 0) return { issues };
      const draft: JobDraft = drafted.draft;
      if (contact !== null && !('found' in contact)) {
        const description = `Caller: ${contactRef}${draft.input.description ? `\n\n${draft.input.description}` : ''}`.slice(0, 10_000);
        const notices = [{ field: 'contact', message: `${contact.message}; the name is kept in the description` }];
        return { draft: { client: found, closed: draft.closed, input: { ...draft.input, description, clientId: found.id, siteId, contactId: null } }, notices };
      }
      const contactId = contact !== null && 'found' in contact ? contact.found.id : null;
      return { draft: { client: found, closed: draft.closed, input: { ...draft.input, clientId: found.id, siteId, contactId } } };
    },
  );
}

function planClients(doc: DispatchDocument, rows: RowsOf<'clients'>, now: Date): Plan<ClientDraft> {
  const names = new Map(doc.clients.map((c) => [nameKey(c.name), c.name]));
  const ctx = draftContext(doc, now);
  return planRows<ClientDraft, RowsOf<'clients'>[number]>(
    'clients',
    rows,
    (name) => (names.has(name) ? `a client named "${names.get(name)}" already exists` : null),
    (row) => {
      const drafted = clientDraft(row.values, ctx);
      return drafted.ok ? { draft: drafted.draft } : { issues: drafted.issues };
    },
  );
}

function planTechnicians(doc: DispatchDocument, rows: RowsOf<'technicians'>, now: Date): Plan<TechnicianInput> {
  const names = new Map(doc.technicians.map((t) => [nameKey(t.name), t.name]));
  const ctx = draftContext(doc, now);
  return planRows<TechnicianInput, RowsOf<'technicians'>[number]>(
    'technicians',
    rows,
    (name) => (names.has(name) ? `a technician named "${names.get(name)}" already exists` : null),
    (row) => {
      // The palette continues after the technicians already on the board.
      const drafted = technicianDraft(row.values, { ...ctx, index: doc.technicians.length + row.line - 2 });
      return drafted.ok ? { draft: drafted.draft } : { issues: drafted.issues };
    },
  );
}

/** Judge every row of a batch against `doc` (read only). */
export function planBatch(doc: DispatchDocument, batch: ImportBatch, now: Date): PlanFor[Kind] {
  switch (batch.kind) {
    case 'jobs':
      return planJobs(doc, batch.rows, now);
    case 'clients':
      return planClients(doc, batch.rows, now);
    case 'technicians':
      return planTechnicians(doc, batch.rows, now);
  }
}

export { planClients, planJobs, planTechnicians };
