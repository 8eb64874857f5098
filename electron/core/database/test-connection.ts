/**
 * "Test connection": log in to the database, ask its version and whether it already holds a shop,
 * and say in words what went wrong otherwise (wrong password, no such database, server not
 * reachable, certificate not trusted). Never throws; never names the password.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { DatabaseTestResult } from '../../../shared/database/io';
import { describeConnection } from './connection-url';
import type { DatabaseConnection } from './connection-url';

/** How long a test waits for the server before calling it unreachable. */
export const TEST_TIMEOUT_MS = 5000;

/** The `pg` client settings for a connection: TLS as chosen, with the CA file read for verify-full. */
export async function pgClientConfig(c: DatabaseConnection, timeoutMs = TEST_TIMEOUT_MS): Promise<pg.ClientConfig> {
  const ssl =
    c.tls === 'disable'
      ? false
      : c.tls === 'require'
        ? // "require" encrypts but, as in libpq, does not check who signed the certificate.
          { rejectUnauthorized: false }
        : { rejectUnauthorized: true, ca: await readFile(c.caFile ?? '', 'utf8'), servername: c.host };
  return { host: c.host, port: c.port, database: c.database, user: c.user, password: c.password, ssl, connectionTimeoutMillis: timeoutMs, application_name: 'dispatch-console' };
}

export async function testConnection(c: DatabaseConnection, timeoutMs = TEST_TIMEOUT_MS): Promise<DatabaseTestResult> {
  const where = describeConnection(c);
  let client: pg.Client | null = null;
  try {
    client = new pg.Client(await pgClientConfig(c, timeoutMs));
    // A server that accepts the TCP connection but never answers would otherwise hang the test.
    client.on('error', () => {});
    await client.connect();
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    const tables = await client.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    );
    const ssl = await client.query<{ ssl: boolean | null }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()').catch(() => ({ rows: [] }));
    const serverVersion = version.rows[0]?.server_version ?? 'unknown';
    const empty = Number(tables.rows[0]?.n ?? '0') === 0;
    const tls = ssl.rows[0]?.ssl === true;
    const contents = empty ? 'It is empty: this shop can be moved into it.' : 'It already holds tables (a shop, or something else).';
    return { ok: true, serverVersion, empty, tls, message: `Connected to ${where}, PostgreSQL ${serverVersion}${tls ? ', encrypted' : ', not encrypted'}. ${contents}` };
  } catch (error) {
    return explainFailure(error, c);
  } finally {
    await client?.end().catch(() => {});
  }
}

/** Turn a connection error into the sentence a shop owner can act on. */
export function explainFailure(error: unknown, c: DatabaseConnection): Extract<DatabaseTestResult, { ok: false }> {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const text = error instanceof Error ? error.message : String(error);
  const server = `${c.host}:${c.port}`;
  if (code === '28P01' || code === '28000') return { ok: false, reason: 'refused-login', message: `The server refused user “${c.user}”: check the user name and password (and pg_hba.conf allows this computer).` };
  if (code === '3D000') return { ok: false, reason: 'no-database', message: `The server has no database “${c.database}”. Create it first (see the shared database guide).` };
  if (code === 'ECONNREFUSED') return { ok: false, reason: 'unreachable', message: `Nothing answers at ${server}: is PostgreSQL running there, and listening on the network (listen_addresses)?` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { ok: false, reason: 'unreachable', message: `This computer cannot find the server “${c.host}”: check the name.` };
  if (code === 'ENOENT') return { ok: false, reason: 'tls', message: `The CA certificate file ${c.caFile ?? ''} does not exist.` };
  if (/timeout|timed out/i.test(text) || code === 'ETIMEDOUT') return { ok: false, reason: 'timeout', message: `${server} did not answer in time: check the address and any firewall between here and there.` };
  if (/certificate|self[- ]signed|SSL|TLS/i.test(text) || /^ERR_TLS|CERT/.test(code)) {
    return { ok: false, reason: 'tls', message: `The secure connection failed: ${text}. With verify-full the CA file must have signed the server’s certificate for “${c.host}”.` };
  }
  return { ok: false, reason: 'other', message: `Could not connect to ${server}: ${text}` };
}
