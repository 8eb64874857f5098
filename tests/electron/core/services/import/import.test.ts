import { describe, expect, it } from 'vitest';
import { makeImportMapping } from '../../../../support/factories';
import { createHarness } from '../../support/harness';

const jobRow = (line: number, values: Record<string, string>) => ({ line, values: { client: 'Harbour Dental Practice', title: `Job ${line}`, priority: 'P2', ...values } });

describe('import:validate', () => {
  it('judges each row without writing: good, bad, unknown client, duplicate reference', async () => {
    const h = createHarness();
    await h.value('jobs:create', { clientId: 'c1', title: 'Existing', category: 'other', priority: 'P3', estimateMinutes: 30, externalRef: 'T-1' });
    const count = h.events.length;
    const result = await h.unchanged(() =>
      h.value('import:validate', {
        kind: 'jobs',
        rows: [
          jobRow(2, { external_ref: 'T-2' }),
          jobRow(3, { priority: 'urgent-ish' }),
          jobRow(4, { client: 'Nobody Ltd' }),
          jobRow(5, { external_ref: 'T-1' }),
          jobRow(6, { external_ref: 'T-2' }),
          jobRow(7, { site: 'Annex' }),
        ],
      }),
    );
    expect(h.events).toHaveLength(count);
    expect(result.rows).toEqual([
      { line: 2, status: 'ready', issues: [] },
      { line: 3, status: 'invalid', issues: [{ field: 'priority', message: 'expected P1–P4, got "urgent-ish"' }] },
      { line: 4, status: 'invalid', issues: [{ field: 'client', message: 'no client named "Nobody Ltd"; import clients first or fix the name' }] },
      { line: 5, status: 'duplicate', issues: [{ field: 'external_ref', message: 'already imported as J-1001' }] },
      { line: 6, status: 'duplicate', issues: [{ field: 'external_ref', message: 'same external_ref as row 2' }] },
      { line: 7, status: 'invalid', issues: [{ field: 'site', message: 'no site named "Annex" for Harbour Dental Practice' }] },
    ]);
  });

  it('refuses an oversized batch or unknown columns with BAD_INPUT', async () => {
    const h = createHarness();
    const many = Array.from({ length: 1001 }, (_, i) => jobRow(i + 2, {}));
    expect((await h.refused(() => h.error('import:commit', { kind: 'jobs', rows: many }))).code).toBe('BAD_INPUT');
    const odd = await h.refused(() => h.error('import:commit', { kind: 'jobs', rows: [{ line: 2, values: { client: 'c1', clientId: 'x' } }] } as never));
    expect(odd.code).toBe('BAD_INPUT');
    expect((await h.refused(() => h.error('import:commit', { kind: 'jobs', rows: [{ line: 1, values: {} }] }))).code).toBe('BAD_INPUT');
    const long = Array.from({ length: 300 }, (_, i) => jobRow(i + 2, { description: 'x'.repeat(9_000) }));
    const tooMuch = await h.refused(() => h.error('import:validate', { kind: 'jobs', rows: long }));
    expect(tooMuch.message).toContain('characters of cell text per call');
  });
});

describe('import:commit', () => {
  it('creates only the valid rows, numbered, with SLA due times and history by import', async () => {
    const h = createHarness();
    const result = await h.value('import:commit', {
      kind: 'jobs',
      rows: [jobRow(2, { external_ref: 'T-9', estimate: '1h30', site: 'Main surgery', contact: 'megan doyle' }), jobRow(3, { priority: 'P7' }), jobRow(4, {})],
    });
    expect(result.imported.map((r) => [r.line, r.label])).toEqual([
      [2, 'J-1001 Job 2'],
      [4, 'J-1002 Job 4'],
    ]);
    expect(result.rejected).toEqual([{ line: 3, status: 'invalid', issues: [{ field: 'priority', message: 'expected P1–P4, got "P7"' }] }]);
    const jobs = [...h.doc().jobs];
    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toMatchObject({ number: 'J-1001', siteId: 's1', contactId: 'p1', estimateMinutes: 90, externalRef: 'T-9', status: 'new' });
    // The same due times as a job typed in at the same moment.
    const typed = await h.value('jobs:create', { clientId: 'c1', title: 'Typed', category: 'other', priority: 'P2', estimateMinutes: 30 });
    expect(typed.responseDueAt).not.toBeNull();
    expect([jobs[0]?.responseDueAt, jobs[0]?.resolutionDueAt]).toEqual([typed.responseDueAt, typed.resolutionDueAt]);
    expect(jobs[0]?.history).toEqual([{ at: '2026-11-25T10:00:00.000Z', by: 'import', action: 'created', detail: 'Imported from CSV row 2 as P2 for Harbour Dental Practice' }]);
    expect(h.doc().nextJobNumber).toBe(1004);
    // One write for the batch, one event naming the new jobs.
    expect(h.events[0]).toEqual({ name: 'jobs:changed', payload: { revision: 1, previous: 0, ids: [jobs[0]?.id, jobs[1]?.id], jobs, removed: [] }, commitsAtPublish: 1 });
  });

  it('is idempotent for jobs with external_ref: a retried batch creates nothing twice', async () => {
    const h = createHarness();
    const batch = { kind: 'jobs' as const, rows: [jobRow(2, { external_ref: 'A' }), jobRow(3, { external_ref: 'B' })] };
    await h.value('import:commit', batch);
    const again = await h.unchanged(() => h.value('import:commit', batch));
    expect(again.imported).toEqual([]);
    expect(again.rejected.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(h.doc().jobs).toHaveLength(2);
  });

  it('leaves the document unchanged when no row is valid', async () => {
    const h = createHarness();
    const result = await h.unchanged(() => h.value('import:commit', { kind: 'jobs', rows: [jobRow(2, { client: 'Nobody' }), jobRow(3, { title: '' })] }));
    expect(result.imported).toEqual([]);
    expect(result.rejected.map((r) => r.line)).toEqual([2, 3]);
  });

  it('imports clients with a first site and contact, skipping existing names', async () => {
    const h = createHarness();
    const result = await h.value('import:commit', {
      kind: 'clients',
      rows: [
        { line: 2, values: { name: 'Abbey Vets', hourly_rate: '80', contract_type: 'managed', site: 'Surgery', address: '1 High St', contact: 'Jo', phone: '0123' } },
        { line: 3, values: { name: 'harbour dental practice', hourly_rate: '90' } },
        { line: 4, values: { name: 'Cheap Co', hourly_rate: 'free' } },
      ],
    });
    expect(result.imported.map((r) => r.label)).toEqual(['Abbey Vets']);
    expect(result.rejected.map((r) => [r.line, r.status])).toEqual([
      [3, 'duplicate'],
      [4, 'invalid'],
    ]);
    const client = h.doc().clients.find((c) => c.name === 'Abbey Vets');
    expect(client).toMatchObject({ contract: { type: 'managed', hourlyRateMinor: 8000 }, slaTier: 'standard' });
    expect(h.doc().sites.filter((s) => s.clientId === client?.id)).toMatchObject([{ name: 'Surgery', address: '1 High St' }]);
    expect(h.doc().contacts.filter((c) => c.clientId === client?.id)).toMatchObject([{ name: 'Jo', phone: '0123' }]);
    expect(h.events.map((e) => e.name)).toEqual(['clients:changed']);
  });

  it('imports technicians with parsed hours and defaults', async () => {
    const h = createHarness();
    const result = await h.value('import:commit', {
      kind: 'technicians',
      rows: [
        { line: 2, values: { name: 'Priya Shah', skills: 'networking; Windows', working_hours: 'Mon-Fri 08:00-16:30', zone: 'East' } },
        { line: 3, values: { name: 'Alex Chen' } },
      ],
    });
    expect(result.imported.map((r) => r.label)).toEqual(['Priya Shah']);
    expect(result.rejected[0]?.issues[0]?.message).toBe('a technician named "Alex Chen" already exists');
    expect(h.doc().technicians.at(-1)).toMatchObject({
      name: 'Priya Shah',
      skills: ['networking', 'windows'],
      workingHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '16:30' }],
      dailyCapacityHours: 8.5,
      active: true,
    });
    expect(h.events.map((e) => e.name)).toEqual(['technicians:changed']);
  });
});

describe('imported tickets from another tool', () => {
  it('keeps a requester who is not a contact in the description, and a closed ticket as finished work', async () => {
    const h = createHarness();
    const validation = await h.value('import:validate', { kind: 'jobs', rows: [jobRow(2, { contact: 'Kim Hargreaves', description: 'Card machine offline.' })] });
    expect(validation.rows).toEqual([
      { line: 2, status: 'ready', issues: [], notices: [{ field: 'contact', message: 'no contact named "Kim Hargreaves" for Harbour Dental Practice; the name is kept in the description' }] },
    ]);
    await h.value('import:commit', {
      kind: 'jobs',
      rows: [jobRow(2, { contact: 'Kim Hargreaves', description: 'Card machine offline.', external_ref: 'F-1' }), jobRow(3, { status: 'closed', estimate_hours: '1.5', external_ref: 'F-2' })],
    });
    const [caller, closed] = h.doc().jobs;
    expect(caller).toMatchObject({ contactId: null, description: 'Caller: Kim Hargreaves\n\nCard machine offline.', status: 'new' });
    expect(closed).toMatchObject({ status: 'done', estimateMinutes: 90 });
    expect(closed?.history[0]?.detail).toBe('Imported from CSV row 3 as a closed P2 ticket for Harbour Dental Practice');
  });
});

describe('import:remember', () => {
  const mapping = (fields: (string | null)[], headers?: string[]) => {
    const { savedAt: _s, ...input } = makeImportMapping({ fields, ...(headers ? { headers } : {}) });
    return input;
  };


  it('keeps one mapping per header layout, newest last, stamped with the time', async () => {
    const h = createHarness();
    await h.value('import:remember', { mapping: mapping(['external_ref', 'client', 'title']) });
    await h.value('import:remember', { mapping: mapping(['external_ref', 'client', 'title'], ['a', 'b', 'c']) });
    // The same layout spelled differently replaces the first entry.
    const settings = await h.value('import:remember', { mapping: mapping([null, 'client', 'title'], ['ticket #', 'COMPANY', 'Summary description']) });
    expect(settings.importMappings.map((m) => [m.headers[0], m.fields[0], m.savedAt])).toEqual([
      ['a', 'external_ref', '2026-11-25T10:00:00.000Z'],
      ['ticket #', null, '2026-11-25T10:00:00.000Z'],
    ]);
    expect(h.doc().settings.importMappings).toHaveLength(2);
    expect(h.events.map((e) => e.name)).toEqual(['settings:changed', 'settings:changed', 'settings:changed']);
  });

  it('refuses a field the kind does not have, or a field list that does not match the columns', async () => {
    const h = createHarness();
    expect((await h.refused(() => h.error('import:remember', { mapping: mapping(['external_ref', 'client', 'hourly_rate']) }))).code).toBe('BAD_INPUT');
    expect((await h.refused(() => h.error('import:remember', { mapping: mapping(['external_ref']) }))).code).toBe('BAD_INPUT');
  });
});
