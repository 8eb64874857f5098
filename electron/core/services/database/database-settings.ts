/**
 * Settings → Shared database: this computer's choice of store (its own data file or a PostgreSQL
 * database), the desk's name, "Test connection", and "Export to a local file". The choice is saved
 * per computer (machine-config.ts) and the password in the host's secret store; the running
 * console keeps its store until it starts again, which the view says.
 */
import { join } from 'node:path';
import type { DatabaseSave, DatabaseSettingsView, DatabaseTest, DatabaseTestResult, ShopMoveResult } from '../../../../shared/database/io';
import { AppError } from '../../../../shared/ipc/result';
import { ARCHIVE_DIR } from '../../archive/archive-format';
import { describeConnection } from '../../database/connection-url';
import { folderDestination, readArchive } from '../../database/folder-destination';
import { readMachineConfig, withPassword, writeMachineConfig } from '../../database/machine-config';
import type { MachineConfig } from '../../database/machine-config';
import { postgresDestination } from '../../database/postgres-destination';
import { moveShop, ShopMoveError } from '../../database/shop-move';
import type { ShopMoveReport } from '../../database/shop-move';
import type { ShopSnapshot } from '../../database/shop-records';
import { testConnection } from '../../database/test-connection';
import { noSecretStore } from '../../ports';
import type { SecretStore } from '../../ports';
import type { ServiceContext } from '../context';

const PASSWORD = 'database-password';

export type DatabaseServiceOptions = {
  dataDir: string;
  secrets?: SecretStore;
  /** What the running console keeps the shop in. */
  running: DatabaseSettingsView['running'];
  /** The whole shop as the running store holds it; default: the document plus the data folder's archive files. */
  readShop?: () => Promise<ShopSnapshot>;
  /** Test hook: the connection test (default: a real login). */
  test?: typeof testConnection;
};

export function createDatabaseService(ctx: ServiceContext, opts: DatabaseServiceOptions) {
  const secrets = opts.secrets ?? noSecretStore;
  const test = opts.test ?? testConnection;
  const readShop =
    opts.readShop ??
    (async (): Promise<ShopSnapshot> => {
      await ctx.store.flush();
      return { document: ctx.store.read(), archive: await readArchive(join(opts.dataDir, ARCHIVE_DIR)) };
    });

  async function config(): Promise<MachineConfig> {
    try {
      return await readMachineConfig(opts.dataDir);
    } catch (error) {
      throw new AppError('INTERNAL', error instanceof Error ? error.message : String(error));
    }
  }

  async function view(): Promise<DatabaseSettingsView> {
    const saved = await config();
    const hasPassword = secrets.info().available && (await secrets.get(PASSWORD).catch(() => null)) !== null;
    const wanted = saved.use === 'database' && saved.connection ? describeConnection(withPassword(saved.connection, null)) : null;
    const restartNeeded = saved.use !== opts.running.kind || (wanted !== null && wanted !== opts.running.where);
    return { ...saved, hasPassword, running: opts.running, restartNeeded, secrets: secrets.info() };
  }

  return {
    view,

    /** Save the choice and the desk; a new password goes to the secret store, an empty one removes it. */
    async save(input: DatabaseSave): Promise<DatabaseSettingsView> {
      if (input.connection?.password !== undefined) {
        if (input.connection.password === '') await secrets.delete(PASSWORD);
        else await secrets.set(PASSWORD, input.connection.password);
      }
      const connection = input.connection ? withoutPassword(input.connection) : null;
      await writeMachineConfig(opts.dataDir, { use: input.use, connection, desk: input.desk, dispatcher: input.dispatcher });
      ctx.log.info(`Shared database setting saved: ${input.use === 'database' && input.connection ? describeConnection(withPassword(input.connection, null)) : 'the data folder’s own file'}`);
      return view();
    },

    /** Log in with the form's values (or the saved password when the form leaves it blank). */
    async test(input: DatabaseTest): Promise<DatabaseTestResult> {
      const password = input.password ?? (await secrets.get(PASSWORD).catch(() => null));
      return test(withPassword(input, password));
    },

    /**
     * "Move this shop to the shared database": copy everything into the saved (empty) database,
     * verify it, and only then set this computer to use it from the next start. The data folder
     * keeps its file and archive as they are.
     */
    async moveToDatabase(): Promise<ShopMoveResult> {
      const saved = await config();
      if (!saved.connection) throw new AppError('BAD_INPUT', 'Save the database connection first, then move the shop.');
      if (opts.running.kind === 'database') throw new AppError('BAD_INPUT', 'This console already runs on the shared database.');
      const password = await secrets.get(PASSWORD).catch(() => null);
      const connection = withPassword(saved.connection, password);
      const report = await runMove(
        (source) => moveShop({ source, destination: postgresDestination(connection), switchTo: () => writeMachineConfig(opts.dataDir, { ...saved, use: 'database' }) }),
        readShop,
      );
      ctx.log.info(`Shop moved to ${report.destination}: ${report.records} records, checksum ${report.checksum}`);
      return {
        ...report,
        message: `Copied ${report.records} records to ${report.destination} and checked every one. Restart Dispatch Console to work on the shared database; the data folder keeps its own copy, untouched.`,
      };
    },

    /**
     * Copy the whole shop into a new, empty data folder and verify it. This computer keeps running
     * on what it runs on; the folder can be opened with `--data` or made the app's data folder.
     */
    async exportTo(folder: string): Promise<ShopMoveResult> {
      const report = await runMove((source) => moveShop({ source, destination: folderDestination(folder), switchTo: async () => {} }), readShop);
      return { ...report, message: `Exported ${report.records} records to ${report.destination} and checked every one. Nothing was changed here.` };
    },
  };
}

/** Run a move with the source read just before it; refusals and failures become BAD_INPUT/CONFLICT/INTERNAL with their words. */
async function runMove(
  move: (source: ShopSnapshot) => Promise<ShopMoveReport>,
  readShop: () => Promise<ShopSnapshot>,
): Promise<ShopMoveReport> {
  try {
    return await move(await readShop());
  } catch (error) {
    if (error instanceof ShopMoveError) throw new AppError(error.reason === 'not-empty' ? 'CONFLICT' : 'INTERNAL', error.message);
    throw error;
  }
}

function withoutPassword<T extends { password?: string | undefined }>(fields: T): Omit<T, 'password'> {
  const { password: _password, ...rest } = fields;
  return rest;
}
