/**
 * Build the core on the store this computer is set to use: the shared PostgreSQL database when the
 * host was given one (`--database` / DISPATCH_DATABASE_URL) or Settings → Shared database says so,
 * otherwise the data folder's own file. The desk's name (flags first, then the saved setting) goes
 * into history. Both hosts start through here, so they choose the same way.
 */
import pg from 'pg';
import { createCore } from '../create-core';
import type { Core, CreateCoreOptions } from '../create-core';
import { openPostgresStore } from '../store-pg/open-postgres-store';
import { describeConnection } from './connection-url';
import type { DatabaseConnection } from './connection-url';
import { readMachineConfig, withPassword } from './machine-config';
import { readArchiveRows } from './postgres-destination';
import { pgClientConfig } from './test-connection';

export type ConfiguredCoreOptions = CreateCoreOptions & {
  /** A database given on the command line; wins over the saved setting. */
  connection?: DatabaseConnection;
  /** This computer's id in change notifications (tests); default a random one per start. */
  hostId?: string;
};

export async function createConfiguredCore(opts: ConfiguredCoreOptions): Promise<Core> {
  const saved = await readMachineConfig(opts.dataDir);
  const desk = opts.desk ?? { desk: saved.desk || undefined, dispatcher: saved.dispatcher || undefined };
  const { connection: given, hostId, ...coreOptions } = opts;
  let connection = given ?? null;
  if (!connection && saved.use === 'database' && saved.connection) {
    connection = withPassword(saved.connection, (await opts.secrets?.get('database-password')) ?? null);
  }
  if (!connection) return createCore({ ...coreOptions, desk });

  const config = await pgClientConfig(connection, 10_000);
  const store = await openPostgresStore({
    config,
    ...(hostId ? { hostId } : {}),
    ...(desk.desk ? { deskName: desk.desk } : {}),
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    onWarning: (message) => opts.log?.warn(`[store] ${message}`),
  });
  const where = describeConnection(connection);
  opts.log?.info(`Shop data: the shared database ${where}`);
  return createCore({
    ...coreOptions,
    desk,
    openedStore: store,
    database: {
      running: { kind: 'database', where, desk: desk.desk ?? '' },
      // Export reads the archive from the database's own table, in one short connection.
      readShop: async () => {
        await store.flush();
        const client = new pg.Client(config);
        await client.connect();
        try {
          return { document: store.read(), archive: await readArchiveRows(client) };
        } finally {
          await client.end().catch(() => undefined);
        }
      },
    },
  });
}
