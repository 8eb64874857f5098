/**
 * What the shared store does when things go wrong: a COMMIT the database refuses, the server going
 * away and coming back, rows written by something other than a desk, and the constraints that keep
 * invalid states out of the tables whoever writes them.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, type OpenedPostgresStore } from '../../../../electron/core/store-pg/open-postgres-store';
import { fill } from '../store/contract/store-contract';
import { fixtureDocument } from '../support/harness';
import { makeJob } from '../../../support/factories';
import { postgresAvailable, startTestPostgres, type TestPostgres } from '../../../support/postgres';

const available = await postgresAvailable('store-pg/failures.test.ts');

describe.runIf(available)('shared store failures', () => {
  let server: TestPostgres;
  const stores: OpenedPostgresStore[] = [];
  const clients: pg.Client[] = [];

  beforeAll(async () => {
    server = await startTestPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close().catch(() => undefined);
    for (const c of clients.splice(0)) await c.end().catch(() => undefined);
  });

  async function open(url: string, warnings: string[] = []): Promise<OpenedPostgresStore> {
    const store = await openPostgresStore({ connectionString: url, onWarning: (m) => warnings.push(m), reconnect: { initialMs: 50, maxMs: 200, unreachableAfterMs: 500 } });
    stores.push(store);
    return store;
  }
  async function admin(url: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  }

  it('rolls memory back when the database refuses the COMMIT, and keeps working', async () => {
    const store = await open(await server.createDatabase('refused'));
    await fill(store, fixtureDocument());
    const before = store.read();
    // A job for a client that does not exist: its reference is checked at COMMIT (deferred).
    await expect(store.mutate((doc) => void doc.jobs.push(makeJob({ id: 'orphan', number: 'J-1001', clientId: 'nobody' })))).rejects.toMatchObject({ code: '23503' });
    expect(store.read()).toBe(before);
    expect(store.status().lastWriteError).toContain('could not be saved');
    await store.mutate((doc) => void doc.jobs.push(makeJob({ id: 'fine', number: 'J-1001', clientId: 'c1' })));
    expect(store.read().jobs.map((j) => j.id)).toEqual(['fine']);
    expect(store.status().lastWriteError).toBeNull();
  });

  it('refuses changes with UNAVAILABLE while the server is down, then reconnects and catches up', async () => {
    if (!server.control) return;
    const url = await server.createDatabase('down');
    const store = await open(url);
    await fill(store, fixtureDocument());
    const other = await open(url);
    const before = store.read();
    const states: Array<string | undefined> = [];
    store.onStatusChange((s) => states.push(s.connection));
    await server.control.stop();
    try {
      const failed = store.mutate((doc) => void (doc.technicians[0]!.name = 'Lost?'));
      await expect(failed).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      await expect(failed).rejects.toThrow(/shared database cannot be reached/);
      expect(store.read()).toBe(before);
      await expect.poll(() => store.status().connection, { timeout: 10_000 }).toBe('unreachable');
    } finally {
      await server.control.start();
    }
    await expect.poll(() => store.status().connection, { timeout: 15_000 }).toBe('connected');
    // The refusal said the database could not be reached; once it can, that is no longer the news.
    expect(store.status().lastWriteError).toBeNull();
    expect(states).toEqual(expect.arrayContaining(['reconnecting', 'unreachable', 'connected']));
    // Nothing of the refused change is anywhere; a change made on the other desk now arrives.
    await other.mutate((doc) => void (doc.technicians[1]!.name = 'Sam after the outage'));
    await expect.poll(() => store.read().technicians[1]!.name, { timeout: 10_000 }).toBe('Sam after the outage');
    expect(store.read().technicians[0]!.name).toBe('Alex Chen');
  });

  it('does not apply a row another writer made invalid, and says so', async () => {
    const url = await server.createDatabase('untrusted');
    const warnings: string[] = [];
    const store = await open(url, warnings);
    await fill(store, fixtureDocument());
    const sql = await admin(url);
    await sql.query('BEGIN');
    const { rows } = await sql.query<{ change_seq: string }>('UPDATE meta SET change_seq = change_seq + 1 RETURNING change_seq');
    await sql.query(`UPDATE technicians SET data = jsonb_set(data, '{colour}', '"not a colour"'), version = version + 1, change_seq = $1 WHERE id = 't1'`, [rows[0]!.change_seq]);
    await sql.query(`UPDATE technicians SET data = jsonb_set(data, '{name}', '"Sam (edited by hand)"'), version = version + 1, change_seq = $1 WHERE id = 't2'`, [rows[0]!.change_seq]);
    await sql.query(`SELECT pg_notify('dispatch_changes', 'garbage')`);
    await sql.query('COMMIT');
    await expect.poll(() => store.read().technicians[1]!.name, { timeout: 5_000 }).toBe('Sam (edited by hand)');
    expect(store.read().technicians[0]!.colour).toBe('#1f5f9e');
    expect(warnings.join('\n')).toMatch(/technicians row \(t1\) written by another desk is not a valid record/);
  });

  it('reloads the whole document when the database went back in time (restored from a dump)', async () => {
    const url = await server.createDatabase('restored');
    const store = await open(url);
    await fill(store, fixtureDocument());
    const changes: boolean[] = [];
    store.onExternalChange((c) => changes.push(c.resync));
    const sql = await admin(url);
    // What a restore of an older dump looks like to a desk: fewer changes, different records.
    await sql.query(`UPDATE meta SET change_seq = 0`);
    await sql.query(`UPDATE technicians SET data = jsonb_set(data, '{name}', '"Alex (restored)"'), version = 1, change_seq = 0 WHERE id = 't1'`);
    await sql.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`);
    await expect.poll(() => store.read().technicians[0]!.name, { timeout: 10_000 }).toBe('Alex (restored)');
    expect(changes).toContain(true);
    // And it keeps working from there.
    await store.mutate((doc) => void (doc.technicians[1]!.name = 'Sam after the restore'));
    expect(store.read().technicians[1]!.name).toBe('Sam after the restore');
  });

  it('keeps invalid states out of the tables whoever writes them', async () => {
    const url = await server.createDatabase('constraints');
    const store = await open(url);
    await fill(store, fixtureDocument());
    await store.mutate((doc) => void doc.jobs.push(makeJob({ id: 'j1', number: 'J-1001', clientId: 'c1', externalRef: 'PSA-1', history: [{ at: '2026-11-25T10:00:00.000Z', by: 'dispatcher', action: 'created', detail: 'Created' }] })));
    const sql = await admin(url);
    const insert = (id: string, number: string, extra: string) =>
      sql.query(`INSERT INTO jobs (id, version, change_seq, ord, number, client_id, status, priority, revision, data${extra ? ', ' + extra.split('=')[0] : ''}) VALUES ($1, 1, 99, 99, $2, 'c1', 'new', 'P3', 1, '{}'${extra ? ', ' + extra.split('=')[1] : ''})`, [id, number]);
    await expect(insert('j2', 'J-1001', '')).rejects.toMatchObject({ code: '23505' });
    await expect(insert('j3', 'J-1003', "external_ref='PSA-1'")).rejects.toMatchObject({ code: '23505' });
    await expect(insert('j4', 'Job 4', '')).rejects.toMatchObject({ code: '23514' });
    await expect(sql.query(`UPDATE jobs SET status = 'lost' WHERE id = 'j1'`)).rejects.toMatchObject({ code: '23514' });
    await expect(sql.query(`UPDATE jobs SET revision = 0 WHERE id = 'j1'`)).rejects.toMatchObject({ code: '23514' });
    await expect(sql.query(`UPDATE jobs SET technician_id = 't1', starts_at = '2026-11-25T10:00Z', ends_at = '2026-11-25T09:00Z' WHERE id = 'j1'`)).rejects.toMatchObject({ code: '23514' });
    await expect(sql.query(`UPDATE job_history SET entry = '{}' WHERE job_id = 'j1'`)).rejects.toThrow(/never changed/);
    await expect(sql.query(`DELETE FROM clients WHERE id = 'c1'`)).rejects.toMatchObject({ code: '23503' });
  });
});
