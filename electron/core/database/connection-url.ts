/**
 * A shared database's address: `postgres://user:password@host:port/database?sslmode=…`, parsed and
 * checked once at the boundary (command line, environment, the desktop app's settings). The
 * password never appears in what this module prints: `describeConnection` names host, port,
 * database and user only, so a log line or an error message can carry it safely.
 */

import { TLS_MODES } from '../../../shared/database/io';
import type { TlsMode } from '../../../shared/database/io';

export { TLS_MODES };
export type { TlsMode };

/** Where a PostgreSQL server is and how to log in; the password travels apart from the rest. */
export type DatabaseConnection = {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  tls: TlsMode;
  /** PEM file of the certificate authority that signed the server's certificate (verify-full). */
  caFile?: string;
};

export const DEFAULT_PG_PORT = 5432;

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.$-]{0,62}$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\]|\/[^\0]+)$/;

export type ParsedConnection = { ok: true; value: DatabaseConnection } | { ok: false; message: string };

/**
 * Parse a `postgres://` or `postgresql://` URL. `sslmode` may be disable, require or verify-full
 * (default: require unless the server is this computer, where disable is the default); `sslrootcert`
 * names the CA file. Other query parameters are refused, so a typo is not silently ignored.
 */
export function parseDatabaseUrl(text: string): ParsedConnection {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: 'The database address must look like postgres://user:password@host:5432/database.' };
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return { ok: false, message: `The database address must start with postgres:// (got ${url.protocol}//).` };
  }
  const host = decodeURIComponent(url.hostname);
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const port = url.port === '' ? DEFAULT_PG_PORT : Number(url.port);
  const params = url.searchParams;
  for (const key of params.keys()) {
    if (key !== 'sslmode' && key !== 'sslrootcert') {
      return { ok: false, message: `The database address has an unknown setting "${key}" (only sslmode and sslrootcert are read).` };
    }
  }
  const sslmode = params.get('sslmode') ?? (isLocalHost(host) ? 'disable' : 'require');
  if (!(TLS_MODES as readonly string[]).includes(sslmode)) {
    return { ok: false, message: `sslmode must be disable, require or verify-full (got "${sslmode}").` };
  }
  const caFile = params.get('sslrootcert') ?? undefined;
  return checkConnection({ host, port, database, user, password, tls: sslmode as TlsMode, ...(caFile ? { caFile } : {}) });
}

/** Check the parts of a connection (the settings form sends them one by one). */
export function checkConnection(c: DatabaseConnection): ParsedConnection {
  if (c.host === '' || !HOST.test(c.host)) return { ok: false, message: 'Give the database server as a host name or an IP address.' };
  if (!Number.isInteger(c.port) || c.port < 1 || c.port > 65535) return { ok: false, message: 'The database port must be a number from 1 to 65535.' };
  if (!NAME.test(c.database)) return { ok: false, message: 'Name the database (letters, digits, _ . $ -; at most 63 characters).' };
  if (!NAME.test(c.user)) return { ok: false, message: 'Name the database user (letters, digits, _ . $ -; at most 63 characters).' };
  if (c.password.length > 1000) return { ok: false, message: 'The database password is too long.' };
  if (c.tls === 'verify-full' && !c.caFile) return { ok: false, message: 'TLS mode verify-full needs the CA certificate file that signed the server’s certificate.' };
  return { ok: true, value: c };
}

/** `dispatch@db.shop.lan:5432/dispatch (TLS require)`: everything but the password. */
export function describeConnection(c: DatabaseConnection): string {
  const tls = c.tls === 'disable' ? 'no TLS' : `TLS ${c.tls}`;
  return `${c.user}@${c.host}:${c.port}/${c.database} (${tls})`;
}

/** The URL again, with the password left out (for tools that take a URL plus PGPASSWORD). */
export function connectionUrlWithoutPassword(c: DatabaseConnection): string {
  const query = new URLSearchParams({ sslmode: c.tls, ...(c.caFile ? { sslrootcert: c.caFile } : {}) });
  return `postgres://${encodeURIComponent(c.user)}@${hostPart(c.host)}:${c.port}/${encodeURIComponent(c.database)}?${query.toString()}`;
}

/** The URL with the password, for the client library only; never log it. */
export function connectionUrl(c: DatabaseConnection): string {
  const withoutPassword = connectionUrlWithoutPassword(c);
  if (c.password === '') return withoutPassword;
  // The user is percent-encoded, so the first "@" is the one before the host.
  return withoutPassword.replace('@', `:${encodeURIComponent(c.password)}@`);
}

function hostPart(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function isLocalHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1' || host.startsWith('/');
}
