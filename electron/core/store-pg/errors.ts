/**
 * Errors of the shared store. A concurrency failure is internal (the store reloads and runs the
 * change again); what reaches a caller is either the service's own answer on the fresh state or
 * `DatabaseUnavailableError`, which crosses IPC as `UNAVAILABLE` with words the dispatcher can act on.
 */
import { AppError } from '../../../shared/ipc/result';

/** Another desk changed (or took) a row this transaction wrote from an older copy. */
export class ConcurrentChangeError extends Error {
  override readonly name = 'ConcurrentChangeError';
  constructor(
    readonly table: string,
    readonly key: string,
    why: string,
  ) {
    super(`${table} ${key}: ${why}`);
  }
}

/** The database cannot be reached (down, network, wrong password): nothing was saved. */
export class DatabaseUnavailableError extends AppError {
  constructor(reason: string) {
    super('UNAVAILABLE', `The shared database cannot be reached (${reason}); nothing was saved. The app keeps trying to reconnect: try again in a moment.`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** SQLSTATEs that mean "someone else got there first": reload and run the change again. */
const RETRYABLE = new Set([
  '23505', // unique_violation: another desk took the number, reference or id
  '23503', // foreign_key_violation: another desk removed a record this one refers to
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

export function isRetryable(error: unknown): boolean {
  if (error instanceof ConcurrentChangeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** A failure of the connection itself rather than of the statement (no SQLSTATE, or class 08/57P). */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof AppError || error instanceof ConcurrentChangeError) return false;
  const code = (error as { code?: unknown } | null)?.code;
  // Socket errors carry Node's E… codes; server-side ones SQLSTATE class 08 (connection) or 57P (shutdown).
  if (typeof code === 'string') return code.startsWith('08') || code.startsWith('57P') || /^E[A-Z]+$/.test(code);
  // The client's own errors for a lost socket have no code, only words.
  const message = error instanceof Error ? error.message : '';
  return /connection|connect|terminat|timeout|not queryable/i.test(message);
}
