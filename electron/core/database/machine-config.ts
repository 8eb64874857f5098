/**
 * This computer's choice of store, kept in a small file in the data folder (`shared-database.json`),
 * never in the shop's data: two desks on one database each have their own desk name, and a laptop
 * taken home can go back to its own file. The password is not in it (the secret store keeps that).
 * A missing file means "the data folder's own file, no desk name".
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DatabaseConnectionFieldsSchema } from '../../../shared/database/io';
import type { DatabaseConnectionFields } from '../../../shared/database/io';
import { parseJson, readTextIfExists, writeFileDurably } from '../store/durable-json-file';
import { nodeFileSystem } from '../store/file-system';
import type { FileSystem } from '../store/file-system';
import type { DatabaseConnection } from './connection-url';

export const MACHINE_CONFIG_FILE = 'shared-database.json';

const MachineConfigSchema = z.object({
  version: z.literal(1),
  use: z.enum(['file', 'database']),
  connection: DatabaseConnectionFieldsSchema.nullable(),
  desk: z.string().max(30),
  dispatcher: z.string().max(30),
});
export type MachineConfig = Omit<z.infer<typeof MachineConfigSchema>, 'version'>;

export const DEFAULT_MACHINE_CONFIG: MachineConfig = { use: 'file', connection: null, desk: '', dispatcher: '' };

/** The saved choice; an unreadable file is reported, never guessed at (the caller says what to fix). */
export async function readMachineConfig(dataDir: string, fs: FileSystem = nodeFileSystem): Promise<MachineConfig> {
  const path = join(dataDir, MACHINE_CONFIG_FILE);
  const text = await readTextIfExists(path, fs);
  if (text === null) return DEFAULT_MACHINE_CONFIG;
  const parsed = parseJson(text);
  const checked = parsed.ok ? MachineConfigSchema.safeParse(parsed.value) : null;
  if (!checked?.success) throw new Error(`${path} is not a valid shared-database setting; fix or delete it to use the data folder’s own file.`);
  const { version: _version, ...config } = checked.data;
  return config;
}

export async function writeMachineConfig(dataDir: string, config: MachineConfig, fs: FileSystem = nodeFileSystem): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true });
  await writeFileDurably(join(dataDir, MACHINE_CONFIG_FILE), `${JSON.stringify({ version: 1, ...config }, null, 2)}\n`, fs);
}

/** The saved connection with its password, ready for the client library. */
export function withPassword(fields: DatabaseConnectionFields, password: string | null): DatabaseConnection {
  return {
    host: fields.host,
    port: fields.port,
    database: fields.database,
    user: fields.user,
    password: password ?? '',
    tls: fields.tls,
    ...(fields.caFile ? { caFile: fields.caFile } : {}),
  };
}
