/**
 * Turn a start-up failure into the one message the user needs. Known failures get their own words;
 * anything else shows its message (not its stack: it is printed to a terminal for a dispatcher).
 */
import type { HostArgs } from './cli-args';
import { describeConnection } from '../core/database/connection-url';
import { explainFailure } from '../core/database/test-connection';

/** The message to print when the host could not start. */
export function describeStartFailure(error: unknown, args: HostArgs): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'STORE_LOCKED') {
    // The store's own message names the folder and the process holding it.
    return message;
  }
  if (code === 'EADDRINUSE') {
    return `Port ${args.port} on ${args.host} is already in use. Stop whatever uses it, or pick another with --port N (0 = any free port).`;
  }
  if (code === 'EADDRNOTAVAIL') {
    return `${args.host} is not an address of this computer. Use --host 127.0.0.1 (the default).`;
  }
  if (code === 'EACCES') {
    return `Not allowed to listen on ${args.host}:${args.port}. Ports below 1024 usually need administrator rights; try --port ${4780}.`;
  }
  if (args.database && (typeof code === 'string' && /^(?:28|3D|08|E[A-Z]+$|UNAVAILABLE)/.test(code))) {
    // Said without the password: describeConnection leaves it out, and so do the explanations.
    const cause = code === 'UNAVAILABLE' ? message : explainFailure(error, args.database).message;
    return `Could not open the shared database ${describeConnection(args.database)}: ${cause}`;
  }
  return `Dispatch Console (headless) could not start: ${message}`;
}
