/**
 * "Move this shop to the shared database" against a real PostgreSQL server: the whole shop and its
 * archive go in, verified, in one transaction; the store then opens the same shop; a database with
 * a shop is refused; a failure mid-copy leaves the database without shop data and the local files
 * as they were.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../../../electron/core/database/connection-url';
import type { DatabaseConnection } from '../../../../electron/core/database/connection-url';
import { folderDestination, readFolderShop } from '../../../../electron/core/database/folder-destination';
import { postgresDestination, readArchiveRows } from '../../../../electron/core/database/postgres-destination';
import { moveShop } from '../../../../electron/core/database/shop-move';
import type { ShopSnapshot } from '../../../../electron/core/database/shop-records';
import { digestShop, shopChecksum } from '../../../../electron/core/database/shop-records';
import { openPostgresStore } from '../../../../electron/core/store-pg/open-postgres-store';
import { fixtureDocument } from '../support/harness';
import { makeArchiveEntry, makeJob } from '../../../support/factories';
import { postgresAvailable, startTestPostgres } from '../../../support/postgres';
import type { TestPostgres } from '../../../support/postgres';

const available = await postgresAvailable('database/postgres-destination.test.ts');

function shop(): ShopSnapshot {
  const document = fixtureDocument();
  const clientId = document.clients[0]!.id;
  for (let i = 0; i < 40; i += 1) document.jobs.push(makeJob({ id: `job-a${i}`, number: `J-${3000 + i}`, clientId }));
  document.nextJobNumber = 3100;
  const entries = (month: string, from: number) =>
    Array.from({ length: 25 }, (_, i) => makeArchiveEntry({ id: `job-old-${month}-${i}`, number: `J-${from + i}`, clientId }));
  return {
    document,
    archive: [
      { format: 'dispatch-archive', version: 1, month: '2026-09', entries: entries('2026-09', 100) },
      { format: 'dispatch-archive', version: 1, month: '2026-10', entries: entries('2026-10', 200) },
    ],
  };
}

async function contentsOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) out[join(e.parentPath, e.name)] = await readFile(join(e.parentPath, e.name), 'utf8');
  return out;
}

describe.runIf(available)('moving a shop into a shared database', () => {
  let server: TestPostgres;
  let root: string;
  beforeAll(async () => {
    server = await startTestPostgres();
    root = await mkdtemp(join(tmpdir(), 'pg-move-'));
  });
  afterAll(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  const connect = async (): Promise<{ url: string; connection: DatabaseConnection }> => {
    const url = await server.createDatabase('move');
    const parsed = parseDatabaseUrl(url);
    if (!parsed.ok) throw new Error(parsed.message);
    return { url, connection: parsed.value };
  };

  async function shopRows(url: string): Promise<{ meta: number; jobs: number; archived: number }> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const n = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? '0');
      return { meta: await n('SELECT count(*)::text AS n FROM meta'), jobs: await n('SELECT count(*)::text AS n FROM jobs'), archived: await n('SELECT count(*)::text AS n FROM archived_jobs') };
    } finally {
      await client.end();
    }
  }

  it('copies everything, verifies every record, switches, and the store opens the same shop', async () => {
    const { url, connection } = await connect();
    const source = shop();
    let switched = 0;
    const report = await moveShop({ source, destination: postgresDestination(connection), switchTo: async () => void (switched += 1) });
    expect(switched).toBe(1);
    expect(report.checksum).toBe(shopChecksum(digestShop(source)));
    expect(report.counts.find((c) => c.kind === 'jobs')?.count).toBe(source.document.jobs.length);
    expect(report.counts.find((c) => c.kind === 'archivedJobs')?.count).toBe(50);

    const store = await openPostgresStore({ connectionString: url, onWarning: () => {} });
    try {
      expect(store.read()).toEqual(source.document);
    } finally {
      await store.close();
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect(digestShop({ document: source.document, archive: await readArchiveRows(client) })).toEqual(digestShop(source));
    } finally {
      await client.end();
    }

    // And back out into a new data folder: the same records, the same checksum.
    const out = join(root, 'exported');
    const back = await moveShop({ source: { document: source.document, archive: source.archive }, destination: folderDestination(out), switchTo: async () => {} });
    expect(back.checksum).toBe(report.checksum);
    expect(await readFolderShop(out)).toEqual(source);
  });

  it('refuses a database that already holds a shop, and changes nothing in it', async () => {
    const { url, connection } = await connect();
    const store = await openPostgresStore({ connectionString: url, onWarning: () => {} });
    await store.close();
    const before = await shopRows(url);
    const move = moveShop({ source: shop(), destination: postgresDestination(connection), switchTo: async () => {} });
    await expect(move).rejects.toMatchObject({ reason: 'not-empty', message: expect.stringMatching(/already holds shop data\. Nothing was copied/) });
    expect(await shopRows(url)).toEqual(before);
  });

  it('a failure mid-copy leaves the database without shop data and the local files untouched', async () => {
    const { url, connection } = await connect();
    const local = join(root, 'local');
    await moveShop({ source: shop(), destination: folderDestination(local), switchTo: async () => {} });
    const before = await contentsOf(local);
    // Read from the local folder; one month label the database refuses makes the copy fail after most rows went in.
    const source = await readFolderShop(local);
    source.archive[1]!.month = '2026-13';
    let switched = false;
    const move = moveShop({ source, destination: postgresDestination(connection), switchTo: async () => void (switched = true) });
    await expect(move).rejects.toMatchObject({ reason: 'failed', message: expect.stringMatching(/archived_jobs_month_check|check constraint/) });
    expect(switched).toBe(false);
    expect(await shopRows(url)).toEqual({ meta: 0, jobs: 0, archived: 0 });
    expect(await contentsOf(local)).toEqual(before);
    // The empty database still takes the move afterwards.
    await moveShop({ source: shop(), destination: postgresDestination(connection), switchTo: async () => {} });
    expect(await shopRows(url)).toMatchObject({ meta: 1, archived: 50 });
  });
});
