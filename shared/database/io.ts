/**
 * The shared-database settings as they cross IPC: where this computer's console keeps the shop
 * (its own data file, or a PostgreSQL database on the shop's network), the connection to test,
 * and the desk's name. These are per computer (a small file in the data folder), never part of
 * the shop's data; the password is kept apart by the host's secret store and never sent back.
 */
import { z } from 'zod';
import { deskNameProblem } from '../domain/desk';

export const TLS_MODES = ['disable', 'require', 'verify-full'] as const;
export type TlsMode = (typeof TLS_MODES)[number];

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.$-]{0,62}$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/;

const DeskNameSchema = z
  .string()
  .max(200)
  .transform((v) => v.trim())
  .refine((v) => v === '' || deskNameProblem(v) === null, { message: 'a name is one line of at most 30 characters' });

/** Where the server is and who logs in; the password travels on its own. */
export const DatabaseConnectionFieldsSchema = z.object({
  host: z.string().trim().regex(HOST, 'a host name or an IP address'),
  port: z.number().int().min(1).max(65535),
  database: z.string().trim().regex(NAME, 'letters, digits, _ . $ -; at most 63 characters'),
  user: z.string().trim().regex(NAME, 'letters, digits, _ . $ -; at most 63 characters'),
  tls: z.enum(TLS_MODES),
  /** PEM file of the CA that signed the server's certificate (needed for verify-full). */
  caFile: z.string().trim().max(1000).nullable(),
});
export type DatabaseConnectionFields = z.infer<typeof DatabaseConnectionFieldsSchema>;

/** `undefined`: keep the saved password; a string: replace it (empty: no password). */
const PasswordInputSchema = z.string().max(1000).optional();

const needsCa = (c: { tls: TlsMode; caFile: string | null }) => c.tls !== 'verify-full' || (c.caFile ?? '') !== '';
const CA_MESSAGE = { message: 'verify-full needs the CA certificate file that signed the server’s certificate', path: ['caFile'] };

export const DatabaseTestSchema = DatabaseConnectionFieldsSchema.extend({ password: PasswordInputSchema }).strict().refine(needsCa, CA_MESSAGE);
export type DatabaseTest = z.infer<typeof DatabaseTestSchema>;

/** Save this computer's choice: the connection (null: keep the shop in the data folder's file) and the desk. */
export const DatabaseSaveSchema = z
  .object({
    use: z.enum(['file', 'database']),
    connection: DatabaseConnectionFieldsSchema.extend({ password: PasswordInputSchema }).refine(needsCa, CA_MESSAGE).nullable(),
    desk: DeskNameSchema,
    dispatcher: DeskNameSchema,
  })
  .strict()
  .refine((v) => v.use === 'file' || v.connection !== null, { message: 'give the database connection', path: ['connection'] });
export type DatabaseSave = z.infer<typeof DatabaseSaveSchema>;

/** Export the shop (whatever this console runs on) into a new, empty data folder. */
export const DatabaseExportSchema = z
  .object({
    // A full path: a relative one would land wherever the app happened to start.
    folder: z.string().trim().max(1000).regex(/^(?:\/|[A-Za-z]:[\\/]|\\\\)/, 'give the full path of a new folder'),
  })
  .strict();

/** What this computer is set to use, and what the running console actually uses. */
export type DatabaseSettingsView = {
  use: 'file' | 'database';
  connection: DatabaseConnectionFields | null;
  /** A password is saved (it is never sent back). */
  hasPassword: boolean;
  desk: string;
  dispatcher: string;
  /**
   * Where the running console keeps the shop now: "the data file in …" or the database without
   * password; and the desk name it runs under (`--desk` wins over the saved one; '' for none).
   */
  running: { kind: 'file' | 'database'; where: string; desk: string };
  /** The saved choice differs from what runs: it takes effect when the app starts again. */
  restartNeeded: boolean;
  /** Where the password is kept, or why it cannot be. */
  secrets: { available: boolean; where: string; problem?: string };
};

/** Outcome of "Test connection": errors are answers here, in words, not failed calls. */
export type DatabaseTestResult =
  | { ok: true; serverVersion: string; empty: boolean; tls: boolean; message: string }
  | { ok: false; reason: 'unreachable' | 'refused-login' | 'no-database' | 'tls' | 'timeout' | 'other'; message: string };

/** Counts of what a move or export copied, and the checksum both sides agreed on. */
export type ShopMoveResult = {
  destination: string;
  records: number;
  counts: Array<{ kind: string; count: number }>;
  checksum: string;
  message: string;
};
