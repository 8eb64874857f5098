/**
 * The headless host's command line: `node out/main/host.js [--data DIR] [--port N] [--host H]
 * [--sample] [--token T] [--intake-token T] [--now INSTANT] [--time-zone ZONE] [--database URL]
 * [--desk NAME] [--dispatcher NAME]`. Parsing is pure (argv in, options or an error out) so it is tested
 * without starting anything.
 */
import { parseArgs } from 'node:util';
import { isValidSessionToken } from '../core/http/session-token';
import { parsePinnedInstant } from '../core/pinned-clock';
import { assertTimeZone } from '../../shared/domain/zoned-time';
import { deskNameProblem } from '../../shared/domain/desk';
import { parseDatabaseUrl } from '../core/database/connection-url';
import type { DatabaseConnection } from '../core/database/connection-url';

export const DEFAULT_PORT = 4780;
export const DEFAULT_HOST = '127.0.0.1';

export type HostArgs = {
  /** Data folder; undefined means the platform default (the same folder the Electron app uses). */
  dataDir: string | undefined;
  port: number;
  host: string;
  /** Extra names the server answers to (`--allow-host`, repeated); see `allowedHostNames`. */
  allowHosts: string[];
  /** Load the sample shop if the data folder is empty. */
  sample: boolean;
  /** Fixed session token (tests); undefined means a fresh random one. */
  token: string | undefined;
  /** Intake API token (`--intake-token` or DISPATCH_INTAKE_TOKEN); undefined means a fresh random one. */
  intakeToken: string | undefined;
  /**
   * Start the clock at this instant instead of the real time (`--now` or DISPATCH_FIXED_NOW; tests
   * and demos only). It then advances with real elapsed time. Undefined means the real clock.
   */
  fixedNow: Date | undefined;
  /** IANA zone for a brand-new data file (and so the sample shop); undefined means the machine's. */
  timeZone: string | undefined;
  /**
   * The shared PostgreSQL database (`--database` or DISPATCH_DATABASE_URL); undefined means the
   * data folder's own file. The data folder still holds the log, secrets and local settings.
   */
  database: DatabaseConnection | undefined;
  /** This desk's name (`--desk` or DISPATCH_DESK), written into history: "by Sam at desk 2". */
  desk: string | undefined;
  /** Who dispatches here (`--dispatcher` or DISPATCH_DISPATCHER), written into history. */
  dispatcher: string | undefined;
};

/** A DNS name, an IPv4 address, or an IPv6 address with or without brackets. */
const HOST_NAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/;

/** Environment variable that pins the clock like `--now`; production start-up never sets it. */
export const FIXED_NOW_ENV = 'DISPATCH_FIXED_NOW';

/** Environment variable holding the shared database's URL, so its password stays out of `ps` listings. */
export const DATABASE_URL_ENV = 'DISPATCH_DATABASE_URL';
export const DESK_ENV = 'DISPATCH_DESK';
export const DISPATCHER_ENV = 'DISPATCH_DISPATCHER';

/** Environment variable holding the intake API token, so it stays out of `ps` listings. */
export const INTAKE_TOKEN_ENV = 'DISPATCH_INTAKE_TOKEN';

export type ParsedCommandLine = { kind: 'run'; args: HostArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export const USAGE = `Usage: node out/main/host.js [options]

Runs Dispatch Console without Electron and serves it to a browser on this computer.

Options:
  --data DIR    data folder (default: the Electron app's own data folder)
  --port N      port to listen on (default ${DEFAULT_PORT}; 0 picks any free port)
  --host H      interface to listen on (default ${DEFAULT_HOST}). Anything other than a
                loopback address makes the console reachable from the network.
  --allow-host NAME
                a name (or address) browsers use to reach this computer, such as
                dispatch-pc.lan; repeat for more. Requests naming anything else in
                Host or Origin are refused. Default: the loopback names and the --host
                address; on 0.0.0.0, this computer's host name and addresses.
  --sample      load the sample shop if the data folder is empty
  --token T     use this session token instead of a random one (16+ characters of
                A-Z a-z 0-9 - _; for tests)
  --intake-token T
                token for the intake API (POST /api/v1/jobs); also read from
                $DISPATCH_INTAKE_TOKEN. Without either, a random one is printed at start.
  --now INSTANT start the clock at INSTANT (ISO 8601 with Z or an offset, e.g.
                2026-12-09T09:30:00Z) instead of the real time; it then advances with
                real elapsed time. Also read from $${FIXED_NOW_ENV}. For tests and demos only.
  --time-zone Z IANA time zone of a new data file, e.g. Europe/London (default: this
                computer's). An existing data file keeps its own.
  --database URL
                keep the shop in a shared PostgreSQL database instead of the data
                folder's file: postgres://user:password@host:5432/database?sslmode=require
                (sslmode disable, require or verify-full with sslrootcert=CA.pem). Prefer
                $${DATABASE_URL_ENV}, which keeps the password out of process listings.
  --desk NAME   this desk's name, written into job history ("by Sam at desk 2"); also
                read from $${DESK_ENV}
  --dispatcher NAME
                who dispatches at this desk, written into job history; also read from
                $${DISPATCHER_ENV}
  --help        show this help
`;

/** Parse `argv` (without the node and script paths); `env` supplies DISPATCH_INTAKE_TOKEN. */
export function parseCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedCommandLine {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        sample: { type: 'boolean', default: false },
        token: { type: 'string' },
        'intake-token': { type: 'string' },
        now: { type: 'string' },
        'time-zone': { type: 'string' },
        database: { type: 'string' },
        desk: { type: 'string' },
        dispatcher: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // parseArgs' messages name the offending option ("Unknown option '--prot'"), which is what we want.
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };

  const portText = values.port ?? String(DEFAULT_PORT);
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    return { kind: 'error', message: `--port must be a number from 0 to 65535 (got "${portText}").` };
  }
  const host = values.host ?? DEFAULT_HOST;
  if (host.trim() === '') return { kind: 'error', message: '--host must not be empty.' };
  const allowHosts = values['allow-host'] ?? [];
  const badName = allowHosts.find((name) => !HOST_NAME.test(name));
  if (badName !== undefined) {
    return { kind: 'error', message: `--allow-host takes a host name or address without port or scheme (got "${badName}").` };
  }
  if (values.data !== undefined && values.data.trim() === '') {
    return { kind: 'error', message: '--data must name a folder.' };
  }
  if (values.token !== undefined && !isValidSessionToken(values.token)) {
    return { kind: 'error', message: '--token must be 16-256 characters of A-Z, a-z, 0-9, "-" or "_".' };
  }
  const intakeToken = values['intake-token'] ?? (env[INTAKE_TOKEN_ENV] || undefined);
  if (intakeToken !== undefined && !isValidSessionToken(intakeToken)) {
    const from = values['intake-token'] !== undefined ? '--intake-token' : INTAKE_TOKEN_ENV;
    return { kind: 'error', message: `${from} must be 16-256 characters of A-Z, a-z, 0-9, "-" or "_".` };
  }
  if (intakeToken !== undefined && intakeToken === values.token) {
    return { kind: 'error', message: 'The intake token must differ from the session token: it is handed to other programs.' };
  }
  const nowText = values.now ?? (env[FIXED_NOW_ENV] || undefined);
  const fixedNow = nowText === undefined ? undefined : parsePinnedInstant(nowText);
  if (fixedNow === null) {
    const from = values.now !== undefined ? '--now' : FIXED_NOW_ENV;
    return { kind: 'error', message: `${from} must be an ISO 8601 instant with Z or an offset, e.g. 2026-12-09T09:30:00Z (got "${nowText}").` };
  }
  const timeZone = values['time-zone'];
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    return { kind: 'error', message: `--time-zone must be an IANA time zone such as Europe/London (got "${timeZone}").` };
  }
  const databaseText = values.database ?? (env[DATABASE_URL_ENV] || undefined);
  let database: DatabaseConnection | undefined;
  if (databaseText !== undefined) {
    const parsed = parseDatabaseUrl(databaseText);
    // The message never repeats the URL: it may hold the password.
    if (!parsed.ok) return { kind: 'error', message: `${values.database !== undefined ? '--database' : DATABASE_URL_ENV}: ${parsed.message}` };
    database = parsed.value;
  }
  const desk = values.desk ?? (env[DESK_ENV] || undefined);
  const dispatcher = values.dispatcher ?? (env[DISPATCHER_ENV] || undefined);
  for (const [option, value] of [['--desk', desk], ['--dispatcher', dispatcher]] as const) {
    const problem = value === undefined ? null : deskNameProblem(value);
    if (problem) return { kind: 'error', message: `${option}: ${problem}` };
  }
  return {
    kind: 'run',
    args: {
      dataDir: values.data,
      port,
      host,
      allowHosts,
      sample: values.sample,
      token: values.token,
      intakeToken,
      fixedNow,
      timeZone,
      database,
      desk: desk?.trim(),
      dispatcher: dispatcher?.trim(),
    },
  };
}

function isTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    assertTimeZone(zone);
    return true;
  } catch {
    return false;
  }
}
