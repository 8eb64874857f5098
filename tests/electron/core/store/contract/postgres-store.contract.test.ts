/** The store contract against the shared PostgreSQL store (a throwaway cluster, one database per test). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import pg from 'pg';
import type { PostgresStore } from '../../../../../electron/core/store-pg/postgres-store';
import { openPostgresStore } from '../../../../../electron/core/store-pg/open-postgres-store';
import { seedDocument } from '../../../../../electron/core/store-pg/seed';
import { postgresAvailable, startTestPostgres, type TestPostgres } from '../../../../support/postgres';
import { describeStoreContract } from './store-contract';

const available = await postgresAvailable('postgres-store.contract.test.ts');
let server: TestPostgres | null = null;

if (available) {
  beforeAll(async () => {
    server = await startTestPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });
  describeStoreContract({
    name: 'PostgreSQL',
    fresh: async () => {
      const url = await server!.createDatabase('contract');
      return {
        shared: true,
        open: () => openPostgresStore({ connectionString: url, onWarning: () => undefined, reconnect: { initialMs: 50 } }),
        seedOld: async (raw) => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            await seedDocument(client, raw);
          } finally {
            await client.end();
          }
        },
        cleanup: async () => undefined,
        archive: (store) => (store as PostgresStore).archive,
      };
    },
  });
} else {
  // Only on a machine without PostgreSQL and not under CI (postgresAvailable printed why; under CI it threw).
  describe.skip('store contract: PostgreSQL (no server here)', () => it('runs where PostgreSQL is installed', () => undefined));
}
